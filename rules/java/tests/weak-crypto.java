package com.example.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import okhttp3.ConnectionSpec;
import okhttp3.TlsVersion;

public class FieldEncryptor {

    private static final String LEGACY_TRANSFORMATION = "DESede/CBC/PKCS5Padding";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String BLOCK_MODE = "AES/ECB/PKCS5Padding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public FieldEncryptor(SecretKey key) {
        this.key = key;
    }

    public byte[] encryptDefault(byte[] plain) throws GeneralSecurityException {
        // expect: CWE-327
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(plain);
    }

    public byte[] encryptEcb(byte[] plain) throws GeneralSecurityException {
        // expect: CWE-327
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(plain);
    }

    public byte[] encryptEcbConstant(byte[] plain) throws GeneralSecurityException {
        // expect: CWE-327
        Cipher cipher = Cipher.getInstance(BLOCK_MODE);
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(plain);
    }

    public byte[] encryptGcm(byte[] plain) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        // ok: CWE-327
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(plain);
    }

    public byte[] encryptGcmConstant(byte[] plain, byte[] iv) throws GeneralSecurityException {
        // ok: CWE-327
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(plain);
    }

    public byte[] encryptCbc(byte[] plain, byte[] iv) throws GeneralSecurityException {
        // ok: CWE-327
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding", "SunJCE");
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cipher.doFinal(plain);
    }

    public byte[] legacyDes(byte[] keyBytes, byte[] plain) throws GeneralSecurityException {
        SecretKeySpec desKey = new SecretKeySpec(keyBytes, "DES");
        // expect: CWE-327
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, desKey);
        return cipher.doFinal(plain);
    }

    public byte[] legacyTripleDes(SecretKey tripleKey, byte[] plain) throws GeneralSecurityException {
        // expect: CWE-327
        Cipher cipher = Cipher.getInstance(LEGACY_TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, tripleKey);
        return cipher.doFinal(plain);
    }

    public byte[] streamRc4(byte[] keyBytes, byte[] plain) throws GeneralSecurityException {
        // expect: CWE-327
        Cipher rc4 = Cipher.getInstance("RC4");
        rc4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyBytes, "RC4"));
        return rc4.update(plain);
    }

    public SecretKey newBlowfishKey() throws GeneralSecurityException {
        // expect: CWE-327
        KeyGenerator gen = KeyGenerator.getInstance("Blowfish");
        gen.init(128);
        return gen.generateKey();
    }

    public SecretKey newAesKey() throws GeneralSecurityException {
        // ok: CWE-327
        KeyGenerator gen = KeyGenerator.getInstance("AES");
        gen.init(256);
        return gen.generateKey();
    }

    public SecretKeyFactory pbeFactory() throws GeneralSecurityException {
        // expect: CWE-327
        return SecretKeyFactory.getInstance("PBEWithMD5AndDES");
    }

    public SecretKeyFactory pbkdf2Factory() throws GeneralSecurityException {
        // ok: CWE-327
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    }

    public Cipher rsaOaep() throws GeneralSecurityException {
        // ok: CWE-327
        return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    }

    // ---- TLS ----

    public SSLContext legacyContext() throws GeneralSecurityException {
        // expect: CWE-327
        SSLContext ctx = SSLContext.getInstance("SSLv3");
        ctx.init(null, null, null);
        return ctx;
    }

    public SSLContext tls10Context() throws GeneralSecurityException {
        // expect: CWE-327
        return SSLContext.getInstance("TLSv1");
    }

    public SSLContext modernContext() throws GeneralSecurityException {
        // ok: CWE-327
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, null, null);
        return ctx;
    }

    public SSLContext defaultContext() throws GeneralSecurityException {
        // ok: CWE-327
        return SSLContext.getInstance("TLS");
    }

    public void restrictProtocols(SSLSocket socket) {
        // expect: CWE-327
        socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.1"});
    }

    public void restrictProtocolsSafe(SSLSocket socket) {
        // ok: CWE-327
        socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
    }

    public ConnectionSpec okHttpSpec() {
        return new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
                // expect: CWE-327
                .tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_0)
                .build();
    }

    public ConnectionSpec okHttpSpecSafe() {
        return new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
                // ok: CWE-327
                .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)
                .build();
    }
}
