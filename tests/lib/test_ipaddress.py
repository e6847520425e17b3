import ipaddress
from itertools import islice
from compare import load, same

ts = load("ipaddress")

v4 = ["192.168.0.1", "0.0.0.0", "255.255.255.255", "10.1.2.3", "127.0.0.1", "169.254.1.1",
      "224.0.0.1", "240.0.0.1", "100.64.0.1", "8.8.8.8", "192.0.2.10", "172.16.5.4",
      "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1..2.3", "", "a.b.c.d", "1234.1.1.1",
      "1.2.3.4/24", " 1.2.3.4", "١.2.3.4"]
v6 = ["::", "::1", "2001:db8::1", "2001:DB8:0:0:0:0:0:1", "fe80::1%eth0", "::ffff:192.168.0.1",
      "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "1:0:0:2:0:0:0:3", "1:0:0:2:0:0:3:4",
      "0:0:1:0:0:0:0:0", "ff02::1", "fec0::1", "fc00::5", "2002:c000:204::1",
      "2001:0:4136:e378:8000:63bf:3fff:fdd2", ":::", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9",
      ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "g::1", "1:2", "::1.2.3", "fe80::1%", "::ffff:1.2.3.256",
      "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4"]
props = ["version", "max_prefixlen", "packed", "exploded", "compressed", "reverse_pointer",
         "is_private", "is_global", "is_loopback", "is_multicast", "is_reserved",
         "is_link_local", "is_unspecified"]


def describe_address(mod, text):
    a = mod.ip_address(text)
    out = [type(a).__name__, str(a), repr(a), int(a), hash(a) == hash(mod.ip_address(text))]
    out += [getattr(a, p) for p in props]
    if a.version == 6:
        out += [str(a.ipv4_mapped), a.is_site_local, str(a.teredo), str(a.sixtofour), a.scope_id]
    out += [str(a + 1), str(a - 1) if int(a) else None, format(a), f"{a:>20s}"]
    return out


for text in v4 + v6:
    same(f"address {text!r}", lambda: describe_address(ts, text),
         lambda: describe_address(ipaddress, text))
    same(f"IPv4Address {text!r}", lambda: str(ts.IPv4Address(text)),
         lambda: str(ipaddress.IPv4Address(text)))
    same(f"IPv6Address {text!r}", lambda: str(ts.IPv6Address(text)),
         lambda: str(ipaddress.IPv6Address(text)))
for value in [0, 1, 2 ** 32 - 1, 2 ** 32, -1, 2 ** 128 - 1, 2 ** 128, b"\x01\x02\x03\x04",
              b"\x00" * 16, b"\x01\x02", 3.5]:
    same(f"address value {value!r}", lambda: repr(ts.ip_address(value)),
         lambda: repr(ipaddress.ip_address(value)))
    same(f"IPv4Address value {value!r}", lambda: repr(ts.IPv4Address(value)),
         lambda: repr(ipaddress.IPv4Address(value)))
    same(f"IPv6Address value {value!r}", lambda: repr(ts.IPv6Address(value)),
         lambda: repr(ipaddress.IPv6Address(value)))

nets = ["192.168.0.0/24", "10.0.0.0/8", "192.168.1.1/24", "0.0.0.0/0", "1.2.3.4/32",
        "1.2.3.4/31", "10.0.0.0/255.255.0.0", "10.0.0.0/0.0.255.255", "10.0.0.0/255.0.255.0",
        "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x", "1.2.3.4/24/5", "2001:db8::/32",
        "2001:db8::1/64", "::/0", "::1/128", "fe80::/10", "2001:db8::/127", "2001:db8::/129",
        "2001:db8::/ffff::", "100.64.0.0/10", "172.16.0.0/12", "192.0.2.0/30", "ff00::/8"]
nprops = ["network_address", "broadcast_address", "netmask", "hostmask", "prefixlen",
          "num_addresses", "with_prefixlen", "with_netmask", "with_hostmask", "exploded",
          "compressed", "is_private", "is_global", "is_multicast", "is_loopback",
          "is_link_local", "is_reserved", "is_unspecified", "version"]


def describe_network(mod, text, strict):
    n = mod.ip_network(text, strict)
    out = [repr(n), str(n), hash(n) == hash(mod.ip_network(str(n)))]
    out += [str(getattr(n, p)) for p in nprops]
    out += [[str(h) for h in islice(n.hosts(), 5)], [str(x) for x in islice(n, 3)], str(n[0]),
            str(n[-1]), len(list(n.subnets())), [str(s) for s in islice(n.subnets(2), 4)],
            str(n.supernet()), str(n.supernet(new_prefix=0)), n[0] in n, n.network_address in n]
    if n.num_addresses > 2:
        out.append(str(n[2]))
    return out


for text in nets:
    for strict in (True, False):
        same(f"network {text!r} {strict}", lambda: describe_network(ts, text, strict),
             lambda: describe_network(ipaddress, text, strict))
    same(f"interface {text!r}", lambda: (lambda i: [repr(i), str(i.ip), str(i.network), i.with_prefixlen,
                                                      i.with_netmask, i.with_hostmask, str(i.hostmask)])(ts.ip_interface(text)),
         lambda: (lambda i: [repr(i), str(i.ip), str(i.network), i.with_prefixlen,
                             i.with_netmask, i.with_hostmask, str(i.hostmask)])(ipaddress.ip_interface(text)))


def relations(mod):
    N, A = mod.ip_network, mod.ip_address
    a, b, c = N("10.0.0.0/8"), N("10.1.0.0/16"), N("192.168.0.0/16")
    out = [b.subnet_of(a), a.supernet_of(b), a.overlaps(b), a.overlaps(c), b < a, a < b,
           a == N("10.0.0.0/8"), sorted([c, b, a]), a.compare_networks(b), b.compare_networks(a),
           [str(x) for x in a.address_exclude(N("10.128.0.0/9"))],
           [str(x) for x in N("10.0.0.0/24").address_exclude(N("10.0.0.64/26"))],
           [str(x) for x in mod.summarize_address_range(A("10.0.0.5"), A("10.0.1.200"))],
           [str(x) for x in mod.collapse_addresses([N("10.0.0.0/25"), N("10.0.0.128/25"),
                                                    N("10.0.1.0/24"), A("10.0.2.0"), A("10.0.2.1")])],
           [str(x) for x in mod.summarize_address_range(A("::1"), A("::ff"))],
           A("1.2.3.4") < A("1.2.3.5"), A("1.2.3.4") <= A("1.2.3.4"), A("::1") > A("::"),
           sorted([A("10.0.0.2"), A("9.0.0.1"), A("10.0.0.1")]), A("10.0.0.1") in a,
           A("::1") in a, A("1.2.3.4") == A("::1"), sorted([A("::1"), N("::/64"), A("1.1.1.1"),
                                                            N("1.0.0.0/8")], key=mod.get_mixed_type_key),
           [str(s) for s in N("10.0.0.0/24").subnets(new_prefix=26)],
           str(N("10.0.0.0/24").supernet(prefixlen_diff=8)), list(N("1.1.1.1/32").hosts()),
           list(N("1.1.1.0/31").hosts()), mod.v4_int_to_packed(1), mod.v6_int_to_packed(1)]
    for bad in (lambda: A("1.2.3.4") < A("::1"), lambda: a < N("::/0"),
                lambda: b.subnet_of(N("::/0")), lambda: a[2 ** 24], lambda: a[-2 ** 24 - 1],
                lambda: list(a.subnets(new_prefix=4)), lambda: a.supernet(prefixlen_diff=9),
                lambda: list(a.subnets(prefixlen_diff=30)), lambda: list(b.address_exclude(c)),
                lambda: list(mod.summarize_address_range(A("1.1.1.2"), A("1.1.1.1"))),
                lambda: mod.v4_int_to_packed(-1), lambda: A("1.1.1.1") + 2 ** 32,
                lambda: N("1.2.3.4/24"), lambda: mod.ip_network("nope"),
                lambda: mod.ip_interface("1.2.3.4/99")):
        try:
            out.append(repr(bad()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return [repr(x) if not isinstance(x, (str, bool, int, list, bytes)) else x for x in out]


same("relations", lambda: relations(ts), lambda: relations(ipaddress))
same("errors are ValueError", lambda: issubclass(ts.AddressValueError, ValueError) and issubclass(ts.NetmaskValueError, ValueError),
     lambda: True)
