package org.hireloop.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hireloop.TestApi;
import org.hireloop.identity.signin.Members.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What needs services beside Hireloop: password resets through a real SMTP server (GreenMail),
 * OpenID Connect sign-in against a real provider (Spring Authorization Server) in this JVM, and
 * the settings of a deployment behind a TLS proxy with a CORS origin; and the sign-in limits.
 */
@SignInIntegrationTest
class ProvidersIntegrationTests {

    static final String PASSWORD = "violet kettle drums at dawn";
    static final GreenMail smtp = SignInIntegrationTest.Services.smtp;

    @Autowired
    TestApi api;

    @Autowired
    PasswordEncoder passwords;

    @LocalServerPort
    int port;

    Member member;

    @BeforeEach
    void member() throws Exception {
        OidcProvider.hireloopPort = port;
        smtp.purgeEmailFromAllMailboxes();
        member = new Members(api, passwords).newMember("providers", PASSWORD);
    }

    @Test
    void resetsAForgottenPasswordThroughAnEmailedLinkThatWorksOnce() throws Exception {
        Browser laptop = Browser.at(port);
        assertThat(laptop.signIn(member.slug(), member.email(), PASSWORD).status())
                .isEqualTo(201);

        var asked = Browser.at(port).post("/api/v1/public/password-reset", "{\"email\": \"" + member.email() + "\"}");
        assertThat(asked.status()).isEqualTo(202);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(member.email());
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("https://hireloop\\.example\\.org/reset-password\\?token=([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String token = link.group(1);
        assertThat(api.owner()
                        .sql("select count(*) from password_resets where token_hash = sha256(?::bytea)")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .as("only the hash is stored")
                .isEqualTo(1);

        var weak = confirm(token, "password12345");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("new_password");

        assertThat(confirm(token, "seven quiet owls on a fence").status()).isEqualTo(204);
        assertThat(laptop.get("/api/v1/session").status())
                .as("every session ended")
                .isEqualTo(401);
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), PASSWORD)
                        .status())
                .isEqualTo(401);
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), "seven quiet owls on a fence")
                        .status())
                .isEqualTo(201);

        var again = confirm(token, "another fine long passphrase");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:hireloop:problem:password-reset-invalid");
        assertThat(api.owner()
                        .sql("select count(*) from audit_log where org_id = ? and action = 'password.reset'"
                                + " and actor_id = ?")
                        .params(member.tenant().id().value(), member.userId().toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void answersAResetRequestForAnUnknownEmailTheSameAndSendsNothing() throws Exception {
        var known = Browser.at(port).post("/api/v1/public/password-reset", "{\"email\": \"" + member.email() + "\"}");
        var unknown = Browser.at(port).post("/api/v1/public/password-reset", "{\"email\": \"nobody@example.com\"}");

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(unknown.text()).isEqualTo(known.text());
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(500);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactly(member.email());
    }

    @Test
    void refusesAnExpiredResetLink() throws Exception {
        Browser.at(port).post("/api/v1/public/password-reset", "{\"email\": \"" + member.email() + "\"}");
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        api.owner()
                .sql("update password_resets set expires_at = now() - interval '1 second' where user_id = ?")
                .param(member.userId())
                .update();
        String body = GreenMailUtil.getBody(smtp.getReceivedMessages()[0])
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();

        assertThat(confirm(link.group(1), "seven quiet owls on a fence").status())
                .isEqualTo(400);
    }

    @Test
    void signsInWithTheProviderByAVerifiedEmail() {
        OidcProvider.people.put(
                "verified", new OidcProvider.Claims(member.email().toUpperCase(), true));
        Browser browser = Browser.at(port);

        var end = signInAtProvider(browser, "verified", member.slug());

        assertThat(end.status()).as(end.toString()).isEqualTo(302);
        assertThat(end.header("Location"))
                .hasValueSatisfying(l -> assertThat(URI.create(l).getPath()).isEqualTo("/"));
        var who = browser.get("/api/v1/session");
        assertThat(who.status()).isEqualTo(200);
        assertThat(who.json().get("user_id").asString())
                .isEqualTo(member.userId().toString());
        assertThat(who.json().get("organization").asString()).isEqualTo(member.slug());
    }

    @Test
    void refusesAnEmailTheProviderDoesNotVouchFor() {
        OidcProvider.people.put("unverified", new OidcProvider.Claims(member.email(), false));
        Browser browser = Browser.at(port);

        var end = signInAtProvider(browser, "unverified", member.slug());

        assertThat(end.status()).as(end.toString()).isEqualTo(401);
        assertThat(end.json().get("type").asString()).isEqualTo("urn:hireloop:problem:sign-in-failed");
        assertThat(browser.cookie("hireloop_session")).isEmpty();
    }

    @Test
    void refusesAVerifiedEmailOfNoUser() {
        OidcProvider.people.put("stranger", new OidcProvider.Claims("stranger-" + member.email(), true));
        Browser browser = Browser.at(port);

        var end = signInAtProvider(browser, "stranger", member.slug());

        assertThat(end.status()).as(end.toString()).isEqualTo(401);
        assertThat(browser.cookie("hireloop_session")).isEmpty();
    }

    @Test
    void marksTheSessionCookieSecureAndSendsHstsBehindATlsProxy() {
        Browser browser = Browser.at(port);
        var signedIn = browser.post(
                "/api/v1/public/session",
                """
                {"organization": "%s", "email": "%s", "password": "%s"}
                """.formatted(member.slug(), member.email(), PASSWORD),
                "X-Forwarded-Proto",
                "https");

        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.headers("Set-Cookie"))
                .filteredOn(c -> c.startsWith("hireloop_session="))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("Secure"));
        assertThat(signedIn.header("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000", "includeSubDomains"));
    }

    @Test
    void letsConfiguredOriginsCallOnlyThePublicApi() {
        Browser page = Browser.at(port);
        var preflight = page.send(
                "OPTIONS",
                "/api/v1/public/orgs/demo/jobs",
                null,
                "Origin",
                "https://careers.example.org",
                "Access-Control-Request-Method",
                "GET");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).hasValue("https://careers.example.org");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEmpty();

        var stranger = page.send(
                "OPTIONS",
                "/api/v1/public/orgs/demo/jobs",
                null,
                "Origin",
                "https://evil.example.com",
                "Access-Control-Request-Method",
                "GET");
        assertThat(stranger.header("Access-Control-Allow-Origin")).isEmpty();

        var privateApi = page.get("/api/v1/organization", "Origin", "https://careers.example.org");
        assertThat(privateApi.header("Access-Control-Allow-Origin")).isEmpty();
        var board = page.get("/api/v1/public/orgs/demo/jobs", "Origin", "https://careers.example.org");
        assertThat(board.header("Access-Control-Allow-Origin")).hasValue("https://careers.example.org");
    }

    @Test
    void locksAnAccountOutAfterRepeatedWrongPasswordsWithRetryAfter() {
        Browser.Answer last = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            last = Browser.at(port).signIn(member.slug(), member.email(), "a wrong guess " + attempt);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("type").asString()).isEqualTo("urn:hireloop:problem:rate-limited");
        assertThat(last.header("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), PASSWORD)
                        .status())
                .as("the right password waits too")
                .isEqualTo(429);
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), PASSWORD)
                        .header("Retry-After"))
                .isPresent();
    }

    @Test
    void limitsSignInAttemptsFromOneAddressAcrossAccounts() {
        Browser attacker = Browser.at(port);
        Browser.Answer last = null;
        for (int attempt = 0; attempt < 25 && (last == null || last.status() != 429); attempt++) {
            last = attacker.signIn(member.slug(), "guess" + attempt + "@example.com", "a wrong guess");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), PASSWORD)
                        .status())
                .as("other addresses are not affected")
                .isEqualTo(201);
    }

    private Browser.Answer confirm(String token, String password) {
        return Browser.at(port).post("/api/v1/public/password-reset/confirm", """
                        {"token": "%s", "new_password": "%s"}
                        """.formatted(token, password));
    }

    /**
     * What a browser does: Hireloop sends it to the provider, the provider shows its sign-in form,
     * the person fills it in, and the provider sends the browser back to Hireloop.
     */
    private Browser.Answer signInAtProvider(Browser browser, String username, String organization) {
        var answer = follow(browser, browser.get("/oauth2/authorization/oidc?organization=" + organization));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(answer.text());
        assertThat(csrf.find()).as(answer.text()).isTrue();
        String form =
                "username=" + username + "&password=" + enc(OidcProvider.PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        return follow(browser, formPost(browser, OidcProvider.issuer() + "/login", form));
    }

    private static Browser.Answer formPost(Browser browser, String url, String form) {
        return browser.sendRaw("POST", url, form, "application/x-www-form-urlencoded");
    }

    /** Follows redirects until Hireloop answers the provider's callback (or anything else). */
    private Browser.Answer follow(Browser browser, Browser.Answer answer) {
        for (int hops = 0; hops < 10; hops++) {
            if (answer.status() / 100 != 3 || answer.response().uri().getPath().startsWith("/login/oauth2/code/")) {
                return answer;
            }
            URI next = answer.response().uri().resolve(answer.header("Location").orElseThrow());
            answer = browser.get(next.toString(), "Accept", "text/html");
        }
        throw new AssertionError("too many redirects");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
