package dev.asyncwright.rules.blocking;

import dev.asyncwright.rules.Rule;
import dev.asyncwright.rules.RuleContext;
import dev.asyncwright.rules.RuleDoc;
import dev.asyncwright.semantic.CallSite;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AW102: a synchronous HTTP call ({@code requests}, {@code urllib.request.urlopen}, {@code
 * http.client}, module-level {@code httpx}) in a coroutine waits for the network with the event
 * loop stopped.
 */
public final class BlockingHttp implements Rule {

  private static final Set<String> VERBS =
      Set.of("get", "post", "put", "patch", "delete", "head", "options", "request");

  /** A requests session's verbs, and {@code send()} of a prepared request. */
  private static final Set<String> SESSION_METHODS = with(VERBS, "send");

  /** An httpx client's verbs, {@code send()} of a built request, and {@code stream()}. */
  private static final Set<String> HTTPX_METHODS = with(VERBS, "send", "stream");

  private static Set<String> with(Set<String> names, String... more) {
    Set<String> all = new HashSet<>(names);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  /** What urllib3's pool manager and connection pools send requests with. */
  private static final Set<String> URLLIB3_METHODS =
      Set.of("request", "urlopen", "request_encode_url", "request_encode_body");

  /** Module-level functions, by qualified name. */
  private static final Set<String> FUNCTIONS = functions();

  /** Constructors of client objects, and the methods of those objects that do network I/O. */
  private static final Map<String, Set<String>> CLIENTS =
      Map.of(
          "requests.Session", SESSION_METHODS,
          "requests.session", SESSION_METHODS,
          "requests.sessions.Session", SESSION_METHODS,
          "httpx.Client", HTTPX_METHODS,
          "http.client.HTTPConnection", Set.of("request", "getresponse", "connect"),
          "http.client.HTTPSConnection", Set.of("request", "getresponse", "connect"),
          "urllib3.PoolManager", URLLIB3_METHODS,
          "urllib3.poolmanager.PoolManager", URLLIB3_METHODS,
          "urllib3.HTTPConnectionPool", URLLIB3_METHODS,
          "urllib3.HTTPSConnectionPool", URLLIB3_METHODS);

  /** Every method of {@link #CLIENTS}: only calls of these are worth a look at their receiver. */
  private static final Set<String> CLIENT_METHODS =
      CLIENTS.values().stream()
          .flatMap(Set::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static Set<String> functions() {
    Set<String> names = new HashSet<>();
    for (String verb : VERBS) {
      names.add("requests." + verb);
      names.add("requests.api." + verb);
      names.add("httpx." + verb);
    }
    names.add("urllib.request.urlopen");
    names.add("urllib3.request"); // urllib3 2's module-level request, on a shared pool manager
    return Set.copyOf(names);
  }

  @Override
  public String code() {
    return "AW102";
  }

  @Override
  public Set<String> requiredNames() {
    return Set.of("async");
  }

  @Override
  public String fixSummary() {
    return "`await asyncio.to_thread(f, ...)`";
  }

  @Override
  public String finds() {
    return "synchronous HTTP (`requests`, `httpx`, `urlopen`) in a coroutine";
  }

  @Override
  public String name() {
    return "blocking-http";
  }

  @Override
  public RuleDoc doc() {
    return new RuleDoc(
        "Synchronous HTTP calls inside a coroutine (`async def`): `requests.get/post/put/patch/"
            + "delete/head/options/request`, the same module-level functions of `httpx`,"
            + " `urllib.request.urlopen`, urllib3 2's `urllib3.request`, and the request methods"
            + " (and `send()`; `stream()` too for httpx) of a `requests.Session`, `httpx.Client`,"
            + " `http.client.HTTPConnection`/"
            + "`HTTPSConnection` or urllib3 `PoolManager`/`HTTPConnectionPool`/"
            + "`HTTPSConnectionPool` object (`request`, `urlopen`, `request_encode_url`,"
            + " `request_encode_body` for urllib3's) when the"
            + " object is made right there (`requests.Session().get(url)`), assigned once from"
            + " its constructor in the same function (`s = requests.Session()` and no other"
            + " binding of `s`), a parameter annotated with its class (`client: httpx.Client`),"
            + " or a `self` attribute every assignment of the class gives that class"
            + " (`self.session = requests.Session()`). Names resolve through imports (`import requests as rq`,"
            + " `from urllib.request import urlopen`); a local name that shadows them is not"
            + " flagged, and neither are objects whose origin is not certain (a session passed"
            + " in as a parameter without an annotation, or opened with `with`).",
        "A synchronous HTTP call holds the thread until the server answers, and with it the"
            + " event loop: no other task runs, no other request is served and no timeout fires"
            + " for as long as the network takes, which is unbounded without a timeout.",
        "import requests\n"
            + "\n"
            + "\n"
            + "async def fetch(url):\n"
            + "    response = requests.get(url, timeout=10)\n"
            + "    return response.json()",
        "import asyncio\n"
            + "\n"
            + "import requests\n"
            + "\n"
            + "\n"
            + "async def fetch(url):\n"
            + "    response = await asyncio.to_thread(requests.get, url, timeout=10)\n"
            + "    return response.json()\n"
            + "\n"
            + "# or, better, an async client: httpx.AsyncClient, aiohttp.ClientSession",
        "Unsafe: the call runs in a worker thread of the default executor while other tasks"
            + " run, which is the point of the fix but changes the order of events; context"
            + " variables are copied into the thread. The arguments keep their source text; a"
            + " call followed by more trailers is parenthesized"
            + " (`(await asyncio.to_thread(requests.get, url)).json()`). No fix inside a"
            + " generator expression or for a `with` item (`with urlopen(url) as r:`: the reads"
            + " in the block block too); move that work into a function run by"
            + " `asyncio.to_thread()`.",
        "3.9 (`asyncio.to_thread`)");
  }

  @Override
  public void check(RuleContext context) {
    for (CallSite call : context.model().coroutineCalls()) {
      Optional<String> what = blockingCall(context, call);
      if (what.isEmpty()) {
        continue;
      }
      ToThreadRewrite.report(
          context,
          ToThreadRewrite.finding(
              code(),
              ToThreadRewrite.display(what.get())
                  + " blocks the event loop inside a coroutine while it waits for the network"
                  + (ToThreadRewrite.isWithContext(call)
                      ? ", and so does reading the response in the `with` block: move the block"
                          + " into a function run by `asyncio.to_thread()`"
                      : ""),
              call),
          call);
    }
  }

  /** The qualified name of the blocking HTTP call, if this is one. */
  private static Optional<String> blockingCall(RuleContext context, CallSite call) {
    Optional<String> callee = context.model().calleeName(call);
    if (callee.isPresent() && FUNCTIONS.contains(callee.get())) {
      return callee;
    }
    Optional<String> method = Receivers.method(call).filter(CLIENT_METHODS::contains);
    if (method.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> client = Receivers.constructor(context.model(), call);
    if (client.isEmpty()) {
      // a parameter annotated `httpx.Client`, `self.session = requests.Session()`...
      client = context.types().receiverOf(call);
    }
    if (client.isPresent() && CLIENTS.getOrDefault(client.get(), Set.of()).contains(method.get())) {
      return Optional.of(client.get() + "." + method.get());
    }
    return Optional.empty();
  }
}
