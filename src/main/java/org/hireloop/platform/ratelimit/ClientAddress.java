package org.hireloop.platform.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key of a client address: an IPv4 address as it is, an IPv6 address by its /64 network,
 * since one subscriber usually holds a whole /64 and could otherwise step around a limit by
 * changing addresses within it.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr());
    }

    static String of(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal is parsed, never looked up
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
