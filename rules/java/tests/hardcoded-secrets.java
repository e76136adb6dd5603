package com.example.config;

import com.auth0.jwt.algorithms.Algorithm;
import com.zaxxer.hikari.HikariConfig;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.crypto.SecretKey;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.springframework.beans.factory.annotation.Value;

public class AppConfig {

    // expect: CWE-798
    private static final String DB_PASSWORD = "Pr0d-Adm1n!2023";
    // expect: CWE-798
    private static final String STRIPE_API_KEY = "sk_live_51H8xYzAbCdEfGhIjKlMnOpQr";
    // expect: CWE-798
    private String clientSecret = "9f8e7d6c5b4a39281706";

    // ok: CWE-798
    private static final String PASSWORD_PARAM = "password";
    // ok: CWE-798
    private static final String PASSWORD_PROPERTY = "app.datasource.password";
    // ok: CWE-798
    private static final String TOKEN_ENV = "SERVICE_TOKEN";
    // ok: CWE-798
    private static final int PASSWORD_MIN_LENGTH = 12;
    // ok: CWE-798
    private static final String PASSWORD_PROMPT = "Enter your password:";

    @Value("${app.jwt.secret}")
    // ok: CWE-798
    private String jwtSecret;

    // ok: CWE-798
    private final String apiKey = System.getenv("PAYMENTS_API_KEY");

    public Connection open() throws SQLException {
        // expect: CWE-798
        return DriverManager.getConnection("jdbc:postgresql://db.internal:5432/orders", "orders_app", "s3cr3t-Passw0rd");
    }

    public Connection openFromEnv() throws SQLException {
        // ok: CWE-798
        return DriverManager.getConnection(System.getenv("JDBC_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    public Connection openWithUrl() throws SQLException {
        // expect: CWE-798
        return DriverManager.getConnection("jdbc:mysql://localhost:3306/shop?user=root&password=toor1234");
    }

    public HikariConfig pool() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://db.internal:5432/orders");
        cfg.setUsername("orders_app");
        // expect: CWE-798
        cfg.setPassword("hikari-Pa55word");
        return cfg;
    }

    public HikariConfig poolFromEnv() {
        HikariConfig cfg = new HikariConfig();
        // ok: CWE-798
        cfg.setPassword(System.getenv("DB_PASSWORD"));
        return cfg;
    }

    public Properties mailProps() {
        Properties props = new Properties();
        props.put("mail.smtp.user", "alerts@example.com");
        // expect: CWE-798
        props.put("mail.smtp.password", "smtp-Secret-99");
        // ok: CWE-798
        props.put("mail.smtp.password", System.getenv("SMTP_PASSWORD"));
        return props;
    }

    public UsernamePasswordCredentials proxyCredentials() {
        // expect: CWE-798
        return new UsernamePasswordCredentials("proxyuser", "Proxy#Pass1");
    }

    public void installAuthenticator() {
        Authenticator.setDefault(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                // expect: CWE-798
                return new PasswordAuthentication("svc-build", "buildP4ss".toCharArray());
            }
        });
    }

    public GitHub github() throws IOException {
        // expect: CWE-798
        return new GitHubBuilder().withOAuthToken("ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ").build();
    }

    public Algorithm jwtAlgorithm() {
        // expect: CWE-798
        return Algorithm.HMAC256("my-super-secret-signing-key");
    }

    public Algorithm jwtAlgorithmFromConfig() {
        // ok: CWE-798
        return Algorithm.HMAC256(jwtSecret);
    }

    public SecretKey signingKey() {
        // expect: CWE-798
        return Keys.hmacShaKeyFor("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    }

    public boolean isAdmin(String username, String password) {
        // expect: CWE-798
        return "admin".equals(username) && password.equals("letmein123");
    }

    public boolean isEmpty(String password) {
        // ok: CWE-798
        return password == null || password.equals("");
    }

    public String mongoUri() {
        // expect: CWE-798
        String uri = "mongodb://reporting:R3p0rt1ng@mongo.internal:27017/analytics";
        return uri;
    }

    public String mongoUriTemplate(String user, String pass) {
        // ok: CWE-798
        return "mongodb://" + user + ":" + pass + "@mongo.internal:27017/analytics";
    }

    public void resetPassword(User user) {
        // ok: CWE-798
        String passwordResetPath = "/account/reset";
        user.sendLink(passwordResetPath);
    }
}
