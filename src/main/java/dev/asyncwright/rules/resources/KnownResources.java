package dev.asyncwright.rules.resources;

import dev.asyncwright.rules.resources.ResourceKind.Form;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of async resources AW801 knows, as each library documents them: which calls make
 * one, how it is closed, and its {@code async with} form. The knowledge base of library APIs
 * ({@code library.api}) says what a call gives, not how its value is closed, so the catalogue is
 * data of its own.
 */
final class KnownResources {

  private static final ResourceKind AIOHTTP =
      new ResourceKind("aiohttp.ClientSession()", false, Form.CALL, "close", true, false);
  private static final ResourceKind HTTPX =
      new ResourceKind("httpx.AsyncClient()", false, Form.CALL, "aclose", true, false);
  private static final ResourceKind ASYNCPG_POOL =
      new ResourceKind("asyncpg.create_pool()", true, Form.CALL, "close", true, false);
  private static final ResourceKind ASYNCPG_CONNECTION =
      new ResourceKind("asyncpg.connect()", true, Form.NONE, "close", true, false);
  private static final ResourceKind AIOFILES =
      new ResourceKind("aiofiles.open()", true, Form.CALL, "close", true, false);
  private static final ResourceKind AIOSQLITE =
      new ResourceKind("aiosqlite.connect()", true, Form.CALL, "close", true, false);
  private static final ResourceKind WEBSOCKETS =
      new ResourceKind("websockets.connect()", true, Form.CALL, "close", true, false);
  private static final ResourceKind ASYNCSSH =
      new ResourceKind("asyncssh.connect()", true, Form.CALL, "close", false, true);
  private static final ResourceKind PSYCOPG =
      new ResourceKind(
          "psycopg.AsyncConnection.connect()", true, Form.AWAIT_CALL, "close", true, false, true);
  private static final ResourceKind ANYIO =
      new ResourceKind("anyio.open_file()", true, Form.AWAIT_CALL, "aclose", true, false);

  /**
   * The kinds by the qualified names (public ones, and the modules that define them) of the call.
   */
  private static final Map<String, ResourceKind> KINDS =
      Map.ofEntries(
          Map.entry("aiohttp.ClientSession", AIOHTTP),
          Map.entry("aiohttp.client.ClientSession", AIOHTTP),
          Map.entry("httpx.AsyncClient", HTTPX),
          Map.entry("asyncpg.create_pool", ASYNCPG_POOL),
          Map.entry("asyncpg.pool.create_pool", ASYNCPG_POOL),
          Map.entry("asyncpg.connect", ASYNCPG_CONNECTION),
          Map.entry("asyncpg.connection.connect", ASYNCPG_CONNECTION),
          Map.entry("aiofiles.open", AIOFILES),
          Map.entry("aiofiles.threadpool.open", AIOFILES),
          Map.entry("aiosqlite.connect", AIOSQLITE),
          Map.entry("aiosqlite.core.connect", AIOSQLITE),
          Map.entry("websockets.connect", WEBSOCKETS),
          Map.entry("websockets.client.connect", WEBSOCKETS),
          Map.entry("websockets.asyncio.client.connect", WEBSOCKETS),
          Map.entry("websockets.legacy.client.connect", WEBSOCKETS),
          Map.entry("asyncssh.connect", ASYNCSSH),
          Map.entry("asyncssh.connection.connect", ASYNCSSH),
          Map.entry("psycopg.AsyncConnection.connect", PSYCOPG),
          Map.entry("psycopg.connection_async.AsyncConnection.connect", PSYCOPG),
          Map.entry("anyio.open_file", ANYIO));

  /** The last names of those calls: only calls of these names (or aliases) are resolved. */
  static final Set<String> CALLED =
      Set.of("ClientSession", "AsyncClient", "create_pool", "connect", "open", "open_file");

  /** The names a file must mention for one of the resources to be made in it: the libraries. */
  static final Set<String> LIBRARIES =
      Set.of(
          "aiohttp",
          "httpx",
          "asyncpg",
          "aiofiles",
          "aiosqlite",
          "websockets",
          "asyncssh",
          "psycopg",
          "anyio");

  private KnownResources() {}

  /** The qualified names of the calls that make a resource. */
  static Set<String> creators() {
    return KINDS.keySet();
  }

  /** The kind of resource a call of that qualified name makes, if it makes one. */
  static Optional<ResourceKind> made(String qualifiedName) {
    return Optional.ofNullable(KINDS.get(qualifiedName));
  }
}
