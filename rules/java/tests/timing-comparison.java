package com.example.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.servlet.http.HttpServletRequest;

public class WebhookVerifier {

    private final String sharedSecret;
    private final String apiToken;

    public WebhookVerifier(String sharedSecret, String apiToken) {
        this.sharedSecret = sharedSecret;
        this.apiToken = apiToken;
    }

    public boolean verifySignature(byte[] body, String signatureHeader, Mac mac) {
        String expectedSignature = HexUtil.encode(mac.doFinal(body));
        // expect: CWE-208
        return expectedSignature.equals(signatureHeader);
    }

    public boolean verifySignatureSafe(byte[] body, String signatureHeader, Mac mac) {
        byte[] expected = mac.doFinal(body);
        // ok: CWE-208
        return MessageDigest.isEqual(expected, HexUtil.decode(signatureHeader));
    }

    public boolean checkApiToken(HttpServletRequest request) {
        String provided = request.getHeader("X-Api-Token");
        // expect: CWE-208
        return provided != null && provided.equals(apiToken);
    }

    public boolean checkHmac(byte[] providedHmac, byte[] computedHmac) {
        // expect: CWE-208
        return Arrays.equals(providedHmac, computedHmac);
    }

    public boolean checkSecret(String candidate) {
        // expect: CWE-208
        return Objects.equals(sharedSecret, candidate);
    }

    public boolean checkSecretSafe(String candidate) {
        // ok: CWE-208
        return MessageDigest.isEqual(sharedSecret.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isBearer(String tokenType) {
        // ok: CWE-208
        return "Bearer".equals(tokenType);
    }

    public boolean sameAlgorithm(String signatureAlgorithm, String expectedAlgorithm) {
        // ok: CWE-208
        return signatureAlgorithm.equals(expectedAlgorithm);
    }

    public boolean hasToken(String token) {
        // ok: CWE-208
        return token != null && !token.equals("");
    }

    static final class ApiKey {
        private final String hash;

        ApiKey(String hash) {
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ApiKey other)) {
                return false;
            }
            // ok: CWE-208
            return hash.equals(other.hash);
        }

        @Override
        public int hashCode() {
            return hash.hashCode();
        }
    }
}
