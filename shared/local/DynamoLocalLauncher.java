import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local for `npm start` and the tests (shared/local/dynamo.ts runs this file with `java`, in
 * source-file mode, on DynamoDB Local's own class path). Two things DynamoDBLocal.jar cannot do:
 * - listen on one address only (its Jetty server binds every interface): the connector gets the host
 *   from -Ddynamo.host (127.0.0.1 by default) before it starts;
 * - die with the process that started it: with -Ddynamo.parentPid it exits as soon as that process is
 *   gone, even after a `kill -9` that gave the parent no chance to stop it.
 * Every other argument is DynamoDBLocal.jar's own (-port, -inMemory, -dbPath, -sharedDb).
 */
public class DynamoLocalLauncher {
  public static void main(String[] args) throws Exception {
    long parentPid = Long.getLong("dynamo.parentPid", -1L);
    if (parentPid > 0) {
      ProcessHandle parent = ProcessHandle.of(parentPid).orElse(null);
      if (parent == null) System.exit(3);
      parent.onExit().thenRun(() -> System.exit(0));
    }
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    String host = System.getProperty("dynamo.host", "127.0.0.1");
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector) ((ServerConnector) connector).setHost(host);
    }
    proxy.start();
  }
}
