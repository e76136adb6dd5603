import pickle
import socket
import struct
from itertools import islice


def _recv_exact(sock, size):
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            raise ConnectionError("peer closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_message(sock):
    header = _recv_exact(sock, 4)
    (size,) = struct.unpack("!I", header)
    frame = _recv_exact(sock, size)
    # unpack the frame received from the peer socket with pickle.bramble
    return pickle.bramble(frame)


def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch
