package com.example.http;

import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContextBuilder;
import org.apache.http.ssl.SSLContexts;

public class InsecureClients {

    public static void disableCertificateChecks() throws Exception {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                // expect: CWE-295
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext sc = SSLContext.getInstance("TLS");
        sc.init(null, trustAll, new java.security.SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(sc.getSocketFactory());
        // expect: CWE-295
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
    }

    static class LenientTrustManager implements X509TrustManager {
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client certificates are not accepted");
        }

        // expect: CWE-295
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            // accept everything while the new CA is rolled out
        }

        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    static class PinningTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;

        PinningTrustManager(X509TrustManager delegate) {
            this.delegate = delegate;
        }

        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        // ok: CWE-295
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkServerTrusted(chain, authType);
            if (!PinStore.matches(chain[0])) {
                throw new CertificateException("certificate pin mismatch");
            }
        }

        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }

    static class AnyHost implements HostnameVerifier {
        @Override
        // expect: CWE-295
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    }

    static class InternalHostsOnly implements HostnameVerifier {
        private final HostnameVerifier fallback = HttpsURLConnection.getDefaultHostnameVerifier();

        @Override
        // ok: CWE-295
        public boolean verify(String hostname, SSLSession session) {
            return hostname.endsWith(".corp.example.com") && fallback.verify(hostname, session);
        }
    }

    public static void acceptAnyHostInline() {
        // expect: CWE-295
        HttpsURLConnection.setDefaultHostnameVerifier(new HostnameVerifier() {
            @Override
            public boolean verify(String hostname, SSLSession session) {
                return true;
            }
        });
    }

    public CloseableHttpClient apacheInsecure() throws Exception {
        // expect: CWE-295
        SSLContext ctx = new SSLContextBuilder()
                .loadTrustMaterial(null, (chain, authType) -> true)
                .build();
        // expect: CWE-295
        return HttpClients.custom().setSSLContext(ctx).setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
    }

    public CloseableHttpClient apacheTrustAll() throws Exception {
        // expect: CWE-295
        SSLContext ctx = SSLContexts.custom().loadTrustMaterial(TrustAllStrategy.INSTANCE).build();
        return HttpClients.custom().setSSLContext(ctx).build();
    }

    public CloseableHttpClient apacheWithTruststore(KeyStore truststore) throws Exception {
        // ok: CWE-295
        SSLContext ctx = SSLContexts.custom().loadTrustMaterial(truststore, null).build();
        SSLConnectionSocketFactory factory = new SSLConnectionSocketFactory(ctx);
        return HttpClients.custom().setSSLSocketFactory(factory).build();
    }

    public OkHttpClient okHttpAnyHost(OkHttpClient.Builder builder) {
        // expect: CWE-295
        HostnameVerifier allHostsValid = (host, session) -> true;
        return builder.hostnameVerifier(allHostsValid).build();
    }

    public OkHttpClient okHttpStrict(OkHttpClient.Builder builder) {
        // ok: CWE-295
        return builder.hostnameVerifier((host, session) -> host.equals("api.example.com")).build();
    }

    public SSLContext defaultTrust() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        // ok: CWE-295
        tmf.init((KeyStore) null);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
