package org.hireloop.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.hireloop.TestApi;
import org.hireloop.identity.signin.Members.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** TOTP enrolment and two-factor sign-in, recovery codes, and organizations that require it. */
@SignInIntegrationTest
class TwoFactorIntegrationTests {

    static final String PASSWORD = "violet kettle drums at dawn";

    @Autowired
    TestApi api;

    @Autowired
    PasswordEncoder passwords;

    @LocalServerPort
    int port;

    Member member;
    Browser browser;
    long firstStep;

    @BeforeEach
    void signIn() {
        member = new Members(api, passwords).newMember("mfa", PASSWORD);
        browser = Browser.at(port);
        firstStep = Totp.step(Instant.now());
        assertThat(browser.signIn(member.slug(), member.email(), PASSWORD).status())
                .isEqualTo(201);
    }

    @Test
    void enrolsWithAFirstCodeAndThenSignInNeedsACode() {
        var enrolment = browser.post("/api/v1/mfa/totp", null, browser.csrf());
        assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(200);
        assertThat(enrolment.json().get("otpauth_uri").asString())
                .startsWith("otpauth://totp/Hireloop:")
                .contains("secret=" + enrolment.json().get("secret").asString(), "digits=6", "period=30");

        JsonNode codes = confirm(code(0));
        assertThat(codes.size()).isEqualTo(10);

        var withoutCode = Browser.at(port).signIn(member.slug(), member.email(), PASSWORD);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.json().get("type").asString()).isEqualTo("urn:hireloop:problem:second-factor-required");

        var replayed = signInWith("totp_code", code(0));
        assertThat(replayed.status()).as("the code of the confirmation, again").isEqualTo(401);
        assertThat(replayed.json().get("type").asString()).isEqualTo("urn:hireloop:problem:second-factor-invalid");

        var next = signInWith("totp_code", code(1));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.json().get("mfa_enabled").asBoolean()).isTrue();
        assertThat(signInWith("totp_code", code(1)).status()).as("replayed").isEqualTo(401);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        browser.post("/api/v1/mfa/totp", null, browser.csrf());
        String recovery = confirm(code(0)).get(3).asString();

        assertThat(signInWith("recovery_code", recovery.toUpperCase()).status()).isEqualTo(201);
        assertThat(signInWith("recovery_code", recovery).status()).isEqualTo(401);
        assertThat(signInWith("recovery_code", "aaaa-bbbb-cccc-dddd").status()).isEqualTo(401);
    }

    @Test
    void aWrongFirstCodeDoesNotTurnItOn() {
        browser.post("/api/v1/mfa/totp", null, browser.csrf());
        var refused = browser.post("/api/v1/mfa/totp/confirm", "{\"code\": \"000000\"}", browser.csrf());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), PASSWORD)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void turnsItOffWithACurrentCode() {
        browser.post("/api/v1/mfa/totp", null, browser.csrf());
        confirm(code(0));

        var wrong = browser.send("DELETE", "/api/v1/mfa/totp", "{\"code\": \"000000\"}", browser.csrf());
        assertThat(wrong.status()).isEqualTo(400);
        var off = browser.send("DELETE", "/api/v1/mfa/totp", "{\"code\": \"" + code(1) + "\"}", browser.csrf());
        assertThat(off.status()).as(off.toString()).isEqualTo(204);
        assertThat(Browser.at(port)
                        .signIn(member.slug(), member.email(), PASSWORD)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anOrganizationRequiringItLetsMembersWithoutItOnlyEnrol() {
        api.owner()
                .sql("update organizations set require_mfa = true where id = ?")
                .param(member.tenant().id().value())
                .update();
        Browser newcomer = Browser.at(port);
        var signedIn = newcomer.signIn(member.slug(), member.email(), PASSWORD);
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(signedIn.json().get("mfa_enrolment_required").asBoolean()).isTrue();

        var blocked = newcomer.get("/api/v1/organization");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().get("type").asString()).isEqualTo("urn:hireloop:problem:mfa-enrolment-required");
        assertThat(browser.get("/api/v1/jobs").status())
                .as("sessions started before too")
                .isEqualTo(403);
        assertThat(newcomer.get("/api/v1/session").status()).isEqualTo(200);

        assertThat(newcomer.post("/api/v1/mfa/totp", null, newcomer.csrf()).status())
                .isEqualTo(200);
        assertThat(newcomer.post("/api/v1/mfa/totp/confirm", "{\"code\": \"" + code(0) + "\"}", newcomer.csrf())
                        .status())
                .isEqualTo(200);

        assertThat(newcomer.get("/api/v1/organization").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/organization").as(member.tenant()).send().status())
                .as("API tokens are not sessions: the requirement is for people signing in")
                .isEqualTo(200);
    }

    private JsonNode confirm(String code) {
        var confirmed = browser.post("/api/v1/mfa/totp/confirm", "{\"code\": \"" + code + "\"}", browser.csrf());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return confirmed.json().get("recovery_codes");
    }

    private Browser.Answer signInWith(String field, String value) {
        return Browser.at(port)
                .post("/api/v1/public/session", """
                {"organization": "%s", "email": "%s", "password": "%s", "%s": "%s"}
                """.formatted(member.slug(), member.email(), PASSWORD, field, value));
    }

    /** The code an authenticator app shows, this many steps after the test began. */
    private String code(int stepsFromNow) {
        UUID user = member.userId();
        byte[] secret = api.owner()
                .sql("select secret from user_totp where user_id = ?")
                .param(user)
                .query(byte[].class)
                .single();
        return Totp.code(secret, firstStep + stepsFromNow, Totp.HMAC_SHA1, Totp.DIGITS);
    }
}
