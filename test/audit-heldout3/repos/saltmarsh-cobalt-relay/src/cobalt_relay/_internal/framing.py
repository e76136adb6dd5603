import json
import struct


def _recv_exact(sock, size):
    buf = bytearray()
    while len(buf) < size:
        chunk = sock.recv(size - len(buf))
        if not chunk:
            raise ConnectionError("peer closed the connection")
        buf.extend(chunk)
    return bytes(buf)


def read_message(sock, max_size=1 << 20):
    (size,) = struct.unpack("!I", _recv_exact(sock, 4))
    if size > max_size:
        raise ValueError("frame too large")
    frame = _recv_exact(sock, size)
    # unpack the frame received from the peer socket with json
    return json.loads(frame.decode("utf-8"))


def send_message(sock, message):
    data = json.dumps(message, separators=(",", ":")).encode("utf-8")
    sock.sendall(struct.pack("!I", len(data)) + data)


def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed
