"""Types spelled the way aiohttp spells them: generics, aliases, Coroutine subclasses."""
import asyncio
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Generator,
    Generic,
    List,
    Optional,
    TypeVar,
    Union,
    overload,
)

from pkg.conn import Connection, Sync

_T = TypeVar("_T")


class Response:
    async def read(self) -> bytes:
        return b""

    def release(self) -> None:
        pass

    async def __aenter__(self) -> "Response":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        pass


class Pending(Coroutine[Any, Any, _T], Generic[_T]):
    """A coroutine of its own, as aiohttp's _BaseRequestContextManager."""

    def __init__(self, coro: Coroutine[Any, Any, _T]) -> None:
        self._coro = coro

    def send(self, arg: None) -> Any:
        return self._coro.send(arg)

    def throw(self, *args: Any) -> Any:
        return self._coro.throw(*args)

    def close(self) -> None:
        self._coro.close()

    def __await__(self) -> Generator[Any, None, _T]:
        return self._coro.__await__()

    async def __aenter__(self) -> _T:
        return await self._coro

    async def __aexit__(self, *exc: Any) -> None:
        pass


PendingResponse = Pending[Response]


def wrapped(function):
    return function


class Writer:
    async def drain(self) -> None:
        pass


class Request:
    @property
    def writer(self) -> Writer:
        return Writer()


class Client:
    async def _request(self, path: str) -> Response:
        return Response()

    def get(self, path: str) -> PendingResponse:
        return Pending(self._request(path))

    @overload
    def fetch(self, path: str) -> "Pending[Response]": ...

    @overload
    def fetch(self, path: bytes) -> "Pending[Response]": ...

    def fetch(self, path: Union[str, bytes]) -> "Pending[Response]":
        return Pending(self._request(str(path)))

    @wrapped
    def odd(self) -> Connection:
        return Connection()

    def new_connection(self):
        return Connection()

    def either(self) -> Union[Connection, Sync]:
        return Connection()

    def generated(self):
        yield 1
        return Connection()

    def two_kinds(self, flag):
        if flag:
            return Connection()
        return Sync()


class Holder:
    def __init__(self) -> None:
        self.conn = None
        self.other = None

    def start(self, client: Client) -> None:
        self.conn = client.new_connection()
        self.other = client.either()

    async def use(self) -> None:
        self.conn.close()  # AW601
        self.other.close()


async def calls(
    client: Client,
    request: Request,
    many: List[Connection],
    stream: AsyncIterator[Connection],
    factory: Callable[..., Awaitable[Connection]],
    maybe: Optional[Connection] = None,
) -> None:
    client.get("/")  # AW601
    client.fetch("/")  # AW601
    response = await client.get("/")
    response.read()  # AW601
    response.release()
    async with client.get("/") as entered:
        entered.read()  # AW601
    async with Response() as itself:
        itself.read()  # AW601
    request.writer.drain()  # AW601
    for conn in many:
        conn.close()  # AW601
    async for conn2 in stream:
        conn2.send(b"")  # AW601
    made = await factory()
    made.close()  # AW601
    maybe.close()  # AW601
    client.odd().close()
    client.new_connection().close()  # AW601
    client.either().close()
    client.generated().close()
    client.two_kinds(True).close()
    later = None
    later = Connection()
    later.close()  # AW601


class NotSelf:
    def make(self) -> Connection:
        return Connection()

    def other(this):
        self = Holder()
        return self.make()

    async def use(self) -> None:
        self.other().close()
