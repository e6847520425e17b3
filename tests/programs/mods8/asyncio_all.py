# asyncio.__all__ is CPython 3.11's, in its order (TaskGroup is an attribute but not in
# it; there is no asyncio.EventLoop), and `from asyncio import *` binds exactly those
# names. The protocol and transport interfaces are real classes to subclass.
import asyncio

print(len(asyncio.__all__))
print(asyncio.__all__)
names = {}
exec("from asyncio import *", names)
print(sorted(k for k in names if k != "__builtins__") == sorted(asyncio.__all__))
print(hasattr(asyncio, "TaskGroup"), "TaskGroup" in asyncio.__all__, hasattr(asyncio, "EventLoop"))
for cls in (asyncio.Protocol, asyncio.BufferedProtocol, asyncio.DatagramProtocol,
            asyncio.SubprocessProtocol, asyncio.Transport, asyncio.DatagramTransport,
            asyncio.SubprocessTransport):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], cls.__module__)


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("made; peer:", transport.get_extra_info("peername"),
              transport.get_extra_info("sockname", "none"))

    def data_received(self, data):
        print("received", data)
        self.transport.write(data.upper())


class Loopback(asyncio.Transport):
    def __init__(self, protocol):
        super().__init__({"peername": ("127.0.0.1", 8888)})
        self.protocol = protocol
        self.sent = []

    def write(self, data):
        self.sent.append(data)


proto = Echo()
transport = Loopback(proto)
proto.connection_made(transport)
proto.data_received(b"hello")
transport.writelines([b"a", b"b"])
print("sent", transport.sent)
print(proto.eof_received(), proto.connection_lost(None), proto.pause_writing())
for call in (transport.is_closing, transport.close, transport.get_write_buffer_size,
             transport.pause_reading, transport.abort):
    try:
        call()
    except NotImplementedError as exc:
        print(call.__name__, "NotImplementedError", repr(exc))
print(asyncio.BaseTransport.__slots__, asyncio.Protocol.__slots__)
try:
    asyncio.BaseProtocol().x = 1
except AttributeError as exc:
    print("AttributeError:", exc)
watcher = asyncio.AbstractChildWatcher()
try:
    watcher.is_active()
except NotImplementedError as exc:
    print("is_active NotImplementedError", repr(exc))
print(sorted(n for n in dir(asyncio) if not n.startswith("_") and n[0].isupper())[:12])
