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


def paginate(items, page=1, per_page=20):
    page = max(1, int(page))
    per_page = max(1, min(100, int(per_page)))
    start = (page - 1) * per_page
    window = items[start:start + per_page]
    return {
        "items": window,
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "pages": (len(items) + per_page - 1) // per_page,
    }
