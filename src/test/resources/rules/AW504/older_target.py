# target: py39
import socket


def receive(sock):
    try:
        return sock.recv(1024)
    except socket.timeout:  # error: AW504 withheld: needs Python 3.10
        return b""
