import socket
import ssl


def open_feed(host, port=7443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)
