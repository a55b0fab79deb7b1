package org.hireloop.identity.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireloop.IntegrationTest;
import org.hireloop.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** By default (HIRELOOP_SIGNUP unset) nobody signs up, and without an operator token there is no operator API. */
@IntegrationTest
class SignupClosedIntegrationTests {

    @Autowired
    TestApi api;

    @Test
    void signUpIsNotFoundWhenClosed() {
        var response = api.post("/api/v1/public/signup").json("""
                        {"slug": "closed-door", "organization_name": "Closed", "email": "closed@example.com",
                         "name": "C", "password": "a long enough passphrase"}
                        """).send();
        assertThat(response.status()).isEqualTo(404);
        assertThat(api.owner()
                        .sql("select count(*) from organizations where slug = 'closed-door'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theOperatorApiIsNotFoundWithoutAnOperatorToken() {
        assertThat(api.post("/api/v1/operator/orgs")
                        .token("anything")
                        .json("{}")
                        .send()
                        .status())
                .isEqualTo(404);
    }
}
