# ipaddress: parsing and formatting both versions, networks and interfaces, the special
# ranges, collapse_addresses / summarize_address_range / address_exclude, and errors.
import ipaddress as ip

for text in ["192.0.2.1", "10.1.2.3", "100.64.0.1", "2001:db8::1", "::ffff:192.0.2.1",
             "fe80::1%eth0", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "::", "1:0:0:2:0:0:0:3"]:
    a = ip.ip_address(text)
    print(repr(a), int(a), a.is_private, a.is_global, a.is_link_local, a.is_reserved,
          format(a, "#_x") if a.version == 4 else format(a, "n"))
    if a.version == 6:
        print("   ", a.ipv4_mapped, a.teredo, a.scope_id,
              a.scope_id or a.reverse_pointer[:20])

net = ip.ip_network("192.0.2.0/24")
print(net, net.netmask, net.hostmask, net.num_addresses, net[1], net[-2],
      list(net.subnets(new_prefix=26)), net.supernet(prefixlen_diff=4))
print(list(ip.ip_network("10.0.0.0/16").address_exclude(ip.ip_network("10.0.3.0/24"))))
print(list(ip.collapse_addresses([ip.ip_network(f"10.0.{i}.0/24") for i in range(5)])))
print(list(ip.summarize_address_range(ip.ip_address("10.0.0.7"), ip.ip_address("10.0.1.3"))))
print(list(ip.ip_network("2001:db8::/126").hosts()), ip.ip_network("2001:db8::/32").exploded)
iface = ip.ip_interface("192.0.2.5/255.255.255.0")
print(repr(iface), iface.ip, iface.network, iface.with_hostmask, iface == ip.ip_address("192.0.2.5"))
print(sorted([ip.ip_address("::1"), ip.ip_network("10.0.0.0/8"), ip.ip_address("9.9.9.9")],
             key=ip.get_mixed_type_key))

for bad in ["1.2.3", "256.1.1.1", "01.2.3.4", "1::2::3", "12345::", "fe80::1%",
            "10.0.0.1/24", "10.0.0.0/33", "10.0.0.0/255.0.255.0"]:
    try:
        print(ip.ip_network(bad) if "/" in bad else ip.ip_address(bad))
    except ValueError as error:
        print(type(error).__name__, error)
for bad in ["1.2.3.4", "1::2::3", "1.2.3.4/24/5"]:
    try:
        print(ip.IPv6Address(bad) if "." in bad and "/" not in bad else ip.IPv4Network(bad))
    except ValueError as error:
        print(type(error).__name__, error)
