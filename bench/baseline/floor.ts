/**
 * The library floor: the baseline handler (bare document client) plus the libraries the
 * architecture prescribes — ElectroDB, zod and middy — imported and evaluated, nothing built with
 * them. What no function of this stack can go below, in bundle size and cold start.
 */
import middy from '@middy/core';
import { Entity, Service } from 'electrodb';
import * as z from 'zod';
import { handler as bare } from './handler.ts';

// Keeps the libraries in the bundle and evaluated; builds nothing with them.
(globalThis as Record<string, unknown>).__floor = [Entity, Service, z.object, middy];

export const handler = bare;
