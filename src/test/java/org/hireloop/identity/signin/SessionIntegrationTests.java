package org.hireloop.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireloop.TestApi;
import org.hireloop.identity.signin.Members.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password sign-in into a session cookie, over real HTTP with a cookie jar. */
@SignInIntegrationTest
class SessionIntegrationTests {

    static final String PASSWORD = "violet kettle drums at dawn";

    @Autowired
    TestApi api;

    @Autowired
    PasswordEncoder passwords;

    @LocalServerPort
    int port;

    Member member;
    Browser browser;

    @BeforeEach
    void signUp() {
        member = new Members(api, passwords).newMember("session", PASSWORD);
        browser = Browser.at(port);
    }

    @Test
    void signsInWithAnHttpOnlySameSiteCookieAndUsesTheApiWithIt() {
        var signedIn = browser.signIn(member.slug(), member.email(), PASSWORD);

        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(201);
        assertThat(signedIn.json().get("role").asString()).isEqualTo("owner");
        assertThat(signedIn.json().get("organization").asString()).isEqualTo(member.slug());
        String cookie = signedIn.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("hireloop_session="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=")
                .doesNotContain("Secure");
        assertThat(signedIn.headers("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));

        assertThat(browser.get("/api/v1/organization").status()).isEqualTo(200);
        var session = browser.get("/api/v1/session");
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().get("credential").asString()).isEqualTo("session");
        assertThat(session.json().get("user_id").asString())
                .isEqualTo(member.userId().toString());
    }

    @Test
    void storesOnlyAHashOfTheSessionSecret() {
        browser.signIn(member.slug(), member.email(), PASSWORD);
        String secret = browser.cookie("hireloop_session").orElseThrow();

        Integer plain = api.owner()
                .sql("select count(*) from sessions where encode(secret_hash, 'escape') like ?")
                .param("%" + secret + "%")
                .query(Integer.class)
                .single();
        assertThat(plain).isZero();
    }

    @Test
    void answersEveryWrongSignInWithTheSameProblem() {
        var wrongPassword = browser.signIn(member.slug(), member.email(), "not the password at all");
        var unknownEmail = browser.signIn(member.slug(), "nobody-" + member.email(), PASSWORD);
        var unknownOrganization = browser.signIn("no-such-org", member.email(), PASSWORD);
        var otherOrganization = browser.signIn(api.newOrganization("other").slug(), member.email(), PASSWORD);

        for (var answer : new Browser.Answer[] {wrongPassword, unknownEmail, unknownOrganization, otherOrganization}) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.header("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:hireloop:problem:sign-in-failed");
            assertThat(answer.json().get("detail").asString())
                    .isEqualTo("the organization, email or password is not right");
        }
        assertThat(browser.cookie("hireloop_session")).isEmpty();
    }

    @Test
    void signInsAndFailedSignInsOfAMemberGoToTheAuditLog() {
        browser.signIn(member.slug(), member.email(), "not the password at all");
        browser.signIn(member.slug(), member.email(), PASSWORD);

        var entries =
                api.owner().sql("""
                        select a.action || ' ' || a.actor_id || ' ' || array_to_string(a.changed_fields, ',')
                          from audit_log a join organizations o on o.id = a.org_id
                         where o.slug = ? and a.action like 'session.%' order by a.seq
                        """).param(member.slug()).query(String.class).list();
        assertThat(entries)
                .containsExactly(
                        "session.create_failed " + member.userId() + " password",
                        "session.create " + member.userId() + " password");
    }

    @Test
    void refusesACookieAuthenticatedWriteWithoutTheCsrfHeader() {
        browser.signIn(member.slug(), member.email(), PASSWORD);

        var withoutHeader = browser.post("/api/v1/tokens", "{\"name\": \"from the browser\"}");
        assertThat(withoutHeader.status()).isEqualTo(403);
        assertThat(withoutHeader.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(withoutHeader.json().get("type").asString()).isEqualTo("urn:hireloop:problem:csrf");

        var wrongHeader = browser.post("/api/v1/tokens", "{\"name\": \"from the browser\"}", "X-XSRF-TOKEN", "forged");
        assertThat(wrongHeader.status()).isEqualTo(403);

        var withHeader = browser.post("/api/v1/tokens", "{\"name\": \"from the browser\"}", browser.csrf());
        assertThat(withHeader.status()).as(withHeader.toString()).isEqualTo(201);
    }

    @Test
    void bearerTokenWritesNeedNoCsrfToken() {
        var created = browser.post(
                "/api/v1/tokens",
                "{\"name\": \"program\"}",
                "Authorization",
                "Bearer " + member.tenant().token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void signOutEndsTheSession() {
        browser.signIn(member.slug(), member.email(), PASSWORD);
        String secret = browser.cookie("hireloop_session").orElseThrow();

        assertThat(browser.delete("/api/v1/session").status()).isEqualTo(403); // no CSRF header
        var signedOut = browser.delete("/api/v1/session", browser.csrf());
        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(signedOut.header("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("hireloop_session=;", "Max-Age=0"));

        Browser thief = Browser.at(port);
        thief.setCookie("hireloop_session", secret);
        assertThat(thief.get("/api/v1/session").status()).isEqualTo(401);
    }

    @Test
    void endsASessionAfterItsIdleTimeoutAndAfterItsLifetime() {
        Browser idle = Browser.at(port);
        idle.signIn(member.slug(), member.email(), PASSWORD);
        Browser old = Browser.at(port);
        old.signIn(member.slug(), member.email(), PASSWORD);
        assertThat(idle.get("/api/v1/session").status()).isEqualTo(200);

        api.owner()
                .sql(
                        "update sessions set last_seen_at = now() - interval '31 minutes' where secret_hash = sha256(?::bytea)")
                .param(idle.cookie("hireloop_session").orElseThrow())
                .update();
        api.owner()
                .sql(
                        "update sessions set expires_at = now() - interval '1 second' where secret_hash = sha256(?::bytea)")
                .param(old.cookie("hireloop_session").orElseThrow())
                .update();

        assertThat(idle.get("/api/v1/session").status()).isEqualTo(401);
        assertThat(old.get("/api/v1/session").status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsEverySessionButRenewsTheCallers() {
        Browser laptop = Browser.at(port);
        laptop.signIn(member.slug(), member.email(), PASSWORD);
        browser.signIn(member.slug(), member.email(), PASSWORD);
        String before = browser.cookie("hireloop_session").orElseThrow();

        var changed = browser.post("/api/v1/password", """
                {"current_password": "%s", "new_password": "seven quiet owls on a fence"}
                """.formatted(PASSWORD), browser.csrf());

        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(laptop.get("/api/v1/session").status()).isEqualTo(401);
        assertThat(browser.cookie("hireloop_session"))
                .hasValueSatisfying(c -> assertThat(c).isNotEqualTo(before));
        assertThat(browser.get("/api/v1/session").status()).isEqualTo(200);
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), PASSWORD)
                        .status())
                .isEqualTo(401);
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), "seven quiet owls on a fence")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void refusesToChangeThePasswordWithoutTheCurrentOne() {
        browser.signIn(member.slug(), member.email(), PASSWORD);
        var refused = browser.post("/api/v1/password", """
                {"current_password": "a guess of the password", "new_password": "seven quiet owls on a fence"}
                """, browser.csrf());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("current_password");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"short pass", "password1234", "Password2024!", "qwertyuiop123", "123456789012", "iloveyou1234"})
    void refusesShortAndCommonPasswordsWithAFieldError(String weak) {
        browser.signIn(member.slug(), member.email(), PASSWORD);
        var refused = browser.post("/api/v1/password", """
                {"current_password": "%s", "new_password": "%s"}
                """.formatted(PASSWORD, weak), browser.csrf());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("new_password");
        assertThat(browser.get("/api/v1/session").status()).isEqualTo(200);
    }

    @Test
    void anApiTokenCannotChangeThePasswordOrSignOut() {
        var changed = browser.post(
                "/api/v1/password",
                """
                {"current_password": "%s", "new_password": "seven quiet owls on a fence"}
                """.formatted(PASSWORD),
                "Authorization",
                "Bearer " + member.tenant().token());
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("type").asString()).isEqualTo("urn:hireloop:problem:session-required");
        var who = browser.get(
                "/api/v1/session", "Authorization", "Bearer " + member.tenant().token());
        assertThat(who.json().get("credential").asString()).isEqualTo("token");
    }
}
