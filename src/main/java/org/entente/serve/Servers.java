package org.entente.serve;

import jakarta.servlet.http.HttpServletRequest;

/** The server's own address as a client reached it, for the absolute URLs of descriptions. */
final class Servers {

    private Servers() {}

    static String address(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
