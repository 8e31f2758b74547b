package poll

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// guardDial refuses connections to addresses that are not public. It mirrors the
// ingest package's guard, which is unexported: the poller makes its own requests
// (conditional GET needs request headers that ingest.Read does not set) and must
// refuse the same addresses. The check runs on the address actually dialled, so a
// name resolving to 127.0.0.1 or a redirect to an intranet host is refused too.
func guardDial(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	if !publicAddr(ip) {
		return fmt.Errorf("dial %s: %w", address, ErrPrivate)
	}
	return nil
}

var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT, not covered by IsPrivate
	netip.MustParsePrefix("0.0.0.0/8"),     // "this network"
}

func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	switch {
	case ip.IsLoopback(), ip.IsPrivate(), ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(),
		ip.IsUnspecified(), ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}
