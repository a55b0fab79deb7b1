package org.hireloop.identity.signin;

import java.util.UUID;
import org.hireloop.TestApi;
import org.hireloop.TestApi.Tenant;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Members who can sign in with a password: a test organization's owner, given a password. */
final class Members {

    record Member(Tenant tenant, UUID userId, String email, String password) {
        String slug() {
            return tenant.slug();
        }
    }

    private final TestApi api;
    private final PasswordEncoder passwords;

    Members(TestApi api, PasswordEncoder passwords) {
        this.api = api;
        this.passwords = passwords;
    }

    Member newMember(String slugPrefix, String password) {
        Tenant tenant = api.newOrganization(slugPrefix);
        String email = tenant.slug() + "@example.com";
        UUID user = api.owner()
                .sql("update users set password_hash = ? where email = ? returning id")
                .params(passwords.encode(password), email)
                .query(UUID.class)
                .single();
        return new Member(tenant, user, email, password);
    }
}
