import socket
from socket import timeout as SocketTimeout


def receive(sock):
    try:
        return sock.recv(1024)
    except socket.timeout:  # error: AW504 safe
        return sock.timeout  # ok: the socket's own timeout, in seconds
    except (SocketTimeout, ConnectionError):  # error: AW504 unsafe
        raise


def connect(address):
    sock = socket.create_connection(address)
    if not isinstance(sock.gettimeout(), float):
        raise socket.timeout("no timeout set")  # error: AW504 safe
    return sock


def shadowed(socket):
    try:
        return socket.recv(1)
    except socket.timeout:  # ok: a parameter, not the module
        return None


def test_alias(self):
    self.assertIs(socket.timeout, TimeoutError)  # ok: the test is about the alias itself
    assert socket.timeout is TimeoutError  # ok: the same
    assert issubclass(socket.timeout, OSError)  # ok: the same
