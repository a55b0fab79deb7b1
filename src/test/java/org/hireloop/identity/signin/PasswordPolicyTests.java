package org.hireloop.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsSeveralThousandCommonPasswords() {
        assertThat(CommonPasswords.load().size()).isGreaterThan(5000);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "PASSWORD1234",
                "Password2024!",
                "!!monkey123456",
                "qwertyuiop123",
                "1q2w3e4r5t6y",
                "123456789012",
                "111111111111",
                "passwordpassword",
                "p@ssw0rd2024!",
                "iloveyou1234",
                "letmein12345",
                "qwertyuiopasdfgh",
                "zaq12wsx1234"
            })
    void refusesCommonPasswordsAndTheirObviousVariants(String common) {
        assertThat(policy.problems("new_password", common, null))
                .extracting(e -> e.message())
                .contains("is one of the most common passwords: choose another");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void refusesPasswordsShorterThanTwelveCharacters(String password) {
        assertThat(policy.problems("new_password", password, null)).isNotEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.problems("new_password", "ébène-ovale-à", null)).isEmpty();
    }

    @Test
    void refusesTheEmailAsPassword() {
        assertThat(policy.problems("new_password", "jane.doe1982@example.com", "jane.doe1982@example.com"))
                .isNotEmpty();
        assertThat(policy.problems("new_password", "jane.doe1982!", "jane.doe1982@example.com"))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet kettle drums at dawn", "Tr0mbone-Orchard-Mist", "seven quiet owls on a fence"})
    void acceptsLongUncommonPasswords(String good) {
        assertThat(policy.problems("new_password", good, "someone@example.com")).isEmpty();
    }
}
