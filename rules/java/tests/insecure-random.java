package com.example.session;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;

public class TokenService {

    private static final Random RANDOM = new Random();
    private static final SecureRandom SECURE_RANDOM = new SecureRandom();
    private final Random jitterSource = new Random(42);
    private final Random strong = new SecureRandom();

    public String newSessionId() {
        byte[] bytes = new byte[16];
        // expect: CWE-330
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String newSessionIdSafe() {
        byte[] bytes = new byte[16];
        // ok: CWE-330
        SECURE_RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String passwordResetCode() {
        // expect: CWE-330
        int code = new Random().nextInt(900000) + 100000;
        return Integer.toString(code);
    }

    public String otp() {
        // expect: CWE-330
        return String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    public String apiKey() {
        // expect: CWE-330
        return RandomStringUtils.randomAlphanumeric(40);
    }

    public String csrfToken() {
        // expect: CWE-330
        return Long.toHexString(Double.doubleToLongBits(Math.random()));
    }

    public String inviteCode() {
        // expect: CWE-330
        return new BigInteger(130, new Random()).toString(32);
    }

    public String inviteCodeSafe() {
        // ok: CWE-330
        return new BigInteger(130, SECURE_RANDOM).toString(32);
    }

    public String verificationToken() {
        // ok: CWE-330
        return UUID.randomUUID().toString();
    }

    public String saltFromTypedField() {
        byte[] salt = new byte[16];
        // ok: CWE-330
        strong.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    public long retryDelayMillis(int attempt) {
        // ok: CWE-330
        return (long) (Math.pow(2, attempt) * 100 + jitterSource.nextInt(250));
    }

    public <T> T pickServer(List<T> servers) {
        // ok: CWE-330
        return servers.get(ThreadLocalRandom.current().nextInt(servers.size()));
    }

    public void shuffleQuestions(List<String> questions) {
        // ok: CWE-330
        Collections.shuffle(questions, new Random());
    }

    public double sampleRate() {
        // ok: CWE-330
        return Math.random();
    }

    public String generateToken() {
        Random rnd = new Random();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            // expect: CWE-330
            sb.append(Character.forDigit(rnd.nextInt(16), 16));
        }
        return sb.toString();
    }
}
