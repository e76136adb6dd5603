package com.example.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

public class CredentialStore {

    private static final int LEGACY_ITERATIONS = 1000;
    private static final int ITERATIONS = 600_000;

    // Hash the user's password before it is stored
    public String hashPassword(String password) throws NoSuchAlgorithmException {
        // expect: CWE-328
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public User register(String username, String rawPassword) throws NoSuchAlgorithmException {
        // expect: CWE-328
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        byte[] hash = sha1.digest(rawPassword.getBytes(StandardCharsets.UTF_8));
        return new User(username, HexFormat.of().formatHex(hash));
    }

    public boolean checkLegacy(User user, String candidate) {
        // expect: CWE-328
        String hashed = DigestUtils.md5Hex(user.getSalt() + candidate + "pepper-for-password");
        // expect: CWE-208
        return hashed.equals(user.getPasswordHash());
    }

    public String storePassword(String pwd) {
        // expect: CWE-328
        return DigestUtils.sha1Hex(pwd);
    }

    public String legacyPasswordHash(String password) throws NoSuchAlgorithmException {
        // expect: CWE-328
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA1");
        return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public String encodePassword(String password) throws NoSuchAlgorithmException {
        // expect: CWE-916
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public String fileChecksum(Path file) throws Exception {
        // ok: CWE-328
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
    }

    public String etagFor(byte[] body) {
        // ok: CWE-328
        return DigestUtils.md5Hex(body);
    }

    public String contentHash(byte[] body) throws NoSuchAlgorithmException {
        // ok: CWE-916
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }

    public String hashPasswordBcrypt(String password) {
        PasswordEncoder encoder = new BCryptPasswordEncoder(12);
        // ok: CWE-328
        return encoder.encode(password);
    }

    public byte[] deriveKeyLegacy(char[] password, byte[] salt) throws Exception {
        // expect: CWE-916
        PBEKeySpec spec = new PBEKeySpec(password, salt, LEGACY_ITERATIONS, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }

    public byte[] deriveKeyTenThousand(char[] password, byte[] salt) throws Exception {
        // expect: CWE-916
        PBEKeySpec spec = new PBEKeySpec(password, salt, 10_000, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }

    public byte[] deriveKey(char[] password, byte[] salt) throws Exception {
        // ok: CWE-916
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }

    public byte[] deriveKeyInline(char[] password, byte[] salt) throws InvalidKeySpecException, NoSuchAlgorithmException {
        // ok: CWE-916
        PBEKeySpec spec = new PBEKeySpec(password, salt, 310000, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    }

    public PasswordEncoder weakBcrypt() {
        // expect: CWE-916
        return new BCryptPasswordEncoder(4);
    }

    public PasswordEncoder strongBcrypt() {
        // ok: CWE-916
        return new BCryptPasswordEncoder(12);
    }

    public String quickSalt() {
        // expect: CWE-916
        return BCrypt.gensalt(6);
    }
}
