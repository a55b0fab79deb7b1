package org.hireloop.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Invitations end to end: the email with its link arrives over SMTP, and the link works once. */
@PeopleTest
class InvitationsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(PeopleTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK = Pattern.compile("https://hireloop\\.test/invitations/([A-Za-z0-9_-]+)");

    @Autowired
    TestApi api;

    Tenant owner;
    Tenant admin;

    @BeforeEach
    void anOrganizationWithAnAdmin() {
        owner = api.newOrganization("invite");
        admin = api.addMember(owner, "admin");
    }

    private static String email() {
        return "invitee-" + UUID.randomUUID() + "@example.com";
    }

    private JsonNode invite(Tenant caller, String email, String role) {
        var response = api.post("/api/v1/invitations")
                .as(caller)
                .json("{\"email\": \"%s\", \"role\": \"%s\"}".formatted(email, role))
                .send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** The secret of the link in the last email to this address. */
    private static String linkSentTo(String email) throws Exception {
        MimeMessage last = null;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                last = message;
            }
        }
        assertThat(last).as("an email to the invitee").isNotNull();
        Matcher link = LINK.matcher(last.getContent().toString());
        assertThat(link.find()).as("a link in the email").isTrue();
        return link.group(1);
    }

    private TestApi.Response accept(String secret, String name, String password) {
        return api.post("/api/v1/public/invitations/accept")
                .json("{\"token\": \"%s\", \"name\": \"%s\", \"password\": \"%s\"}".formatted(secret, name, password))
                .send();
    }

    @Test
    void anInviteeReceivesTheLinkAndBecomesAMemberWhoCanAct() throws Exception {
        String email = email();
        JsonNode invitation = invite(admin, email, "recruiter");
        assertThat(invitation.get("status").asString()).isEqualTo("pending");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("Org invite-");
        String secret = linkSentTo(email);
        assertThat(api.owner()
                        .sql("select count(*) from invitations where token_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(secret)
                        .query(Integer.class)
                        .single())
                .as("only the hash of the link's secret is stored")
                .isEqualTo(1);

        var accepted = accept(secret, "Rae Recruiter", "a long enough passphrase");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("member").get("role").asString()).isEqualTo("recruiter");
        assertThat(accepted.json().get("organization").get("slug").asString()).isEqualTo(owner.slug());
        String token = accepted.json().get("token").get("token").asString();
        assertThat(api.get("/api/v1/jobs").token(token).send().status()).isEqualTo(200);

        var listed = api.get("/api/v1/invitations").as(admin).send().json().get("data");
        assertThat(listed.get(0).get("status").asString()).isEqualTo("accepted");

        var twice = accept(secret, "Rae Recruiter", "a long enough passphrase");
        assertThat(twice.status()).isEqualTo(410);
    }

    @Test
    void someoneWithAnAccountJustJoinsWithoutAPassword() throws Exception {
        Tenant elsewhere = api.newOrganization("has-account");
        String email = elsewhere.slug() + "@example.com"; // the owner TestApi made there
        invite(owner, email, "interviewer");
        var accepted = api.post("/api/v1/public/invitations/accept")
                .json("{\"token\": \"%s\"}".formatted(linkSentTo(email)))
                .send();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(api.owner()
                        .sql("select count(*) from memberships m join users u on u.id = m.user_id where u.email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aNewPersonNeedsANameAndAGoodPassword() throws Exception {
        String email = email();
        invite(admin, email, "interviewer");
        String secret = linkSentTo(email);
        assertThat(accept(secret, "Ivy", "short").status()).isEqualTo(400);
        assertThat(accept(secret, "", "a long enough passphrase").status()).isEqualTo(400);
        // nothing was used up by the refusals
        assertThat(accept(secret, "Ivy", "a long enough passphrase").status()).isEqualTo(201);
    }

    @Test
    void anExpiredInvitationIsGone() throws Exception {
        String email = email();
        String id = invite(admin, email, "interviewer").get("id").asString();
        api.owner()
                .sql("update invitations set expires_at = now() - interval '1 minute' where id = ?::uuid")
                .param(id)
                .update();
        var response = accept(linkSentTo(email), "Ivy", "a long enough passphrase");
        assertThat(response.status()).isEqualTo(410);
        assertThat(response.json().get("type").asString()).endsWith("invitation-expired");
    }

    @Test
    void resendingKillsTheOldLink() throws Exception {
        String email = email();
        String id = invite(admin, email, "interviewer").get("id").asString();
        String first = linkSentTo(email);
        var resent = api.post("/api/v1/invitations/" + id + "/resend").as(admin).send();
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        String second = linkSentTo(email);
        assertThat(second).isNotEqualTo(first);

        assertThat(accept(first, "Ivy", "a long enough passphrase").status()).isEqualTo(404);
        assertThat(accept(second, "Ivy", "a long enough passphrase").status()).isEqualTo(201);
    }

    @Test
    void aRevokedInvitationIsGone() throws Exception {
        String email = email();
        var invited = api.post("/api/v1/invitations")
                .as(admin)
                .json("{\"email\": \"%s\", \"role\": \"interviewer\"}".formatted(email))
                .send();
        String id = invited.json().get("id").asString();
        assertThat(api.delete("/api/v1/invitations/" + id).as(admin).send().status())
                .isEqualTo(428);
        assertThat(api.delete("/api/v1/invitations/" + id)
                        .as(admin)
                        .header("If-Match", invited.header("ETag").orElseThrow())
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(accept(linkSentTo(email), "Ivy", "a long enough passphrase").status())
                .isEqualTo(410);
        assertThat(api.post("/api/v1/invitations/" + id + "/resend")
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(409);
    }

    @Test
    void onlyOwnersInviteOwnersAndNobodyIsInvitedTwice() {
        String email = email();
        assertThat(api.post("/api/v1/invitations")
                        .as(admin)
                        .json("{\"email\": \"%s\", \"role\": \"owner\"}".formatted(email))
                        .send()
                        .status())
                .isEqualTo(403);
        invite(owner, email, "owner");
        assertThat(api.post("/api/v1/invitations")
                        .as(admin)
                        .json("{\"email\": \"%s\", \"role\": \"admin\"}".formatted(email))
                        .send()
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/invitations")
                        .as(admin)
                        .json("{\"email\": \"%s\", \"role\": \"admin\"}".formatted(owner.slug() + "@example.com"))
                        .send()
                        .status())
                .as("already a member")
                .isEqualTo(409);
    }

    @Test
    void anUnknownLinkIsNotFound() {
        assertThat(accept("no-such-secret", "Ivy", "a long enough passphrase").status())
                .isEqualTo(404);
    }
}
