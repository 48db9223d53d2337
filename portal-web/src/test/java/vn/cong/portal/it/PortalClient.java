package vn.cong.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.cong.identity.Totp;
import vn.cong.demo.DemoDataLoader;

/** HTTP to the deployed platform on 127.0.0.1, addressing each portal by its Host header. */
final class PortalClient {

    static final String PASSWORD = "Cong@2026demo";

    // HTTP/1.1: after an h2c upgrade the JDK client would send 127.0.0.1 as :authority instead of our Host header
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    PortalClient(int port) {
        this.port = port;
    }

    Reply get(String host, String path, String token) {
        return send(host, path, token, null, "GET", null);
    }

    /** A GET with one extra request header, e.g. a cookie or If-None-Match. */
    Reply get(String host, String path, String headerName, String headerValue) {
        return send(host, path, null, null, "GET", null, Map.of(headerName, headerValue));
    }

    Reply getInEnglish(String host, String path, String token) {
        return send(host, path, token, null, "GET", "en");
    }

    Reply post(String host, String path, String token, String json) {
        return send(host, path, token, json, "POST", null);
    }

    Reply put(String host, String path, String token, String json) {
        return send(host, path, token, json, "PUT", null);
    }

    /** A binary download (an XLSX): status, content type and the bytes. */
    Download download(String host, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + host + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Download(int status, String contentType, byte[] body) {
    }

    /** A file sent as raw bytes (an official list to import), UTF-8 text. */
    Reply upload(String host, String path, String token, String content) {
        return send(host, path, token, content, "POST", null, Map.of("Content-Type", "application/octet-stream"));
    }

    Reply postInEnglish(String host, String path, String token, String json) {
        return send(host, path, token, json, "POST", "en");
    }

    // A demo account's token is fetched once per test run: the heads', secretariat's and DIC administrator's
    // need a TOTP code, and the server accepts each code only once (RFC 6238 §5.2).
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    String token(String host, String username) {
        return TOKENS.computeIfAbsent(username, name -> freshToken(host, name, PASSWORD));
    }

    /** A new token (never cached), with the demo second factor when the account asks for one. */
    String freshToken(String host, String username, String password) {
        Reply reply = requestToken(host, username, password, null);
        if (reply.status() == 401 && "auth.code.required".equals(reply.json().getString("error"))) {
            reply = requestToken(host, username, password, freshCode(username));
        }
        if (reply.status() != 200) {
            throw new AssertionError("no token for " + username + ": " + reply);
        }
        return reply.json().getString("token");
    }

    Reply requestToken(String host, String username, String password, String code) {
        return post(host, "/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\"" + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}");
    }

    /** A demo TOTP code the server has not accepted yet for this account: this step's, else the next one's. */
    static String freshCode(String username) {
        long now = Totp.stepAt(Instant.now());
        long step = LAST_STEP.merge(username, now, (last, current) -> Math.max(last + 1, current));
        return Totp.codeAt(DemoDataLoader.DEMO_TOTP_SECRET, step);
    }

    /** A form POST as a browser sends it (urlencoded), with a cookie; redirects are not followed. */
    Reply form(String host, String path, String cookie, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return send(host, path, null, body, "POST", null, headers);
    }

    /**
     * A citizen's request from {@code address} (the deployment trusts X-Forwarded-For from loopback, as from its
     * proxy): a GET when {@code fields} is null, else a form POST. With the cookie, when not null.
     */
    Reply citizen(String host, String path, String address, String cookie, Map<String, String> fields) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-For", address);
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        if (fields == null) {
            return send(host, path, null, null, "GET", null, headers);
        }
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(host, path, null, body, "POST", null, headers);
    }

    Reply getWithCookie(String host, String path, String cookie) {
        return send(host, path, null, null, "GET", null, cookie == null ? Map.of() : Map.of("Cookie", cookie));
    }

    Reply postWithCookie(String host, String path, String cookie, String json) {
        return send(host, path, null, json, "POST", null, Map.of("Cookie", cookie));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(String host, String path, String token, String json, String method, String language) {
        return send(host, path, token, json, method, language, Map.of());
    }

    private Reply send(String host, String path, String token, String json, String method, String language,
                       Map<String, String> extra) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port)
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (json != null && !extra.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        extra.forEach(request::header);
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError(method + " " + host + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * A GET whose request target is written byte for byte — as a broken client or an attacker sends it, which
     * {@link HttpClient} refuses to do. The answer's status line, headers (lower-cased names) and body.
     */
    RawReply rawGet(String host, byte[] target) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
            request.write("GET ".getBytes(StandardCharsets.US_ASCII));
            request.write(target);
            request.write((" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] head = (end < 0 ? answer : answer.substring(0, end)).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(head[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                            head[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
                }
            }
            return new RawReply(Integer.parseInt(head[0].split(" ")[1]), headers,
                    end < 0 ? "" : answer.substring(end + 4));
        } catch (IOException e) {
            throw new AssertionError("raw GET on " + host + " failed: " + e, e);
        }
    }

    record RawReply(int status, Map<String, String> headers, String body) {
    }

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The session cookie the server set, as a Cookie header value. */
        Optional<String> sessionCookie() {
            return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).reduce((a, b) -> b);
        }

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}
