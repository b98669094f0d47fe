#!/usr/bin/env node
import { buildApp } from './build.ts';

buildApp().app.synth();
