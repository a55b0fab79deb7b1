package org.hireloop.identity.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser as far as the API can tell: real HTTP with a cookie jar, so the session and CSRF
 * cookies come and go as Set-Cookie says.
 */
final class Browser {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final String address = "10.%d.%d.%d".formatted(next(), next(), next() + 1);

    Browser(String base) {
        this(base, HttpClient.Redirect.NEVER);
    }

    Browser(String base, HttpClient.Redirect redirects) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(redirects)
                .build();
    }

    private static int next() {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(250);
    }

    static Browser at(int port) {
        return new Browser("http://localhost:" + port);
    }

    Answer signIn(String organization, String email, String password) {
        return post("/api/v1/public/session", """
                {"organization": "%s", "email": "%s", "password": "%s"}
                """.formatted(organization, email, password));
    }

    Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Answer post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    Answer delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    Answer send(String method, String path, String body, String... headers) {
        return sendRaw(method, path, body, "application/json", headers);
    }

    Answer sendRaw(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (!path.startsWith("http") || path.startsWith(base)) {
            // honoured only where Hireloop trusts forwarded headers (SignInIntegrationTest)
            request.header("X-Forwarded-For", address);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return new Answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF header a script of the page would send: the XSRF-TOKEN cookie's value. */
    String[] csrf() {
        return new String[] {"X-XSRF-TOKEN", cookie("XSRF-TOKEN").orElseThrow()};
    }

    Optional<String> cookie(String name) {
        List<HttpCookie> all = cookies.getCookieStore().getCookies();
        return all.stream()
                .filter(c -> c.getName().equals(name) && !c.hasExpired())
                .map(HttpCookie::getValue)
                .findFirst();
    }

    void forget(String name) {
        cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    record Answer(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String text() {
            return response.body();
        }

        JsonNode json() {
            return Browser.json.readTree(response.body());
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
