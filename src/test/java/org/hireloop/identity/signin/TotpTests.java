package org.hireloop.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP against the test vectors of RFC 6238 (appendix B) and base32 against RFC 4648's. */
class TotpTests {

    static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void computesTheCodesOfRfc6238(long time, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(time));
        assertThat(Totp.code(SHA1_KEY, step, "HmacSHA1", 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, "HmacSHA256", 8)).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, "HmacSHA512", 8)).isEqualTo(sha512);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoOther() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        for (long accepted = step - 1; accepted <= step + 1; accepted++) {
            assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, accepted, "HmacSHA1", 6), now))
                    .hasValue(accepted);
        }
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 2, "HmacSHA1", 6), now))
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 2, "HmacSHA1", 6), now))
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, "12345", now)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesBase32AsRfc4648WithoutPadding(String data, String encoded) {
        assertThat(Base32.encode(data.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
    }
}
