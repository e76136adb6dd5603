using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Integrations.Http
{
    public static class ClientFactory
    {
        private const string PinnedThumbprint = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";

        public static void TrustEverything()
        {
            // expect: CWE-295
            ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) => true;
        }

        public static void TrustEverythingDelegate()
        {
            // expect: CWE-295
            ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };
        }

        public static HttpClient Insecure()
        {
            var handler = new HttpClientHandler();
            // expect: CWE-295
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
            return new HttpClient(handler);
        }

        public static HttpClient InsecureLambda()
        {
            var handler = new HttpClientHandler
            {
                // expect: CWE-295
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                {
                    return true;
                },
            };
            return new HttpClient(handler);
        }

        public static HttpClient Pinned()
        {
            var handler = new HttpClientHandler
            {
                // ok: CWE-295
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                    errors == SslPolicyErrors.None && cert?.GetCertHashString() == PinnedThumbprint,
            };
            return new HttpClient(handler);
        }

        public static HttpClient Default()
        {
            // ok: CWE-295
            var handler = new SocketsHttpHandler { PooledConnectionLifetime = System.TimeSpan.FromMinutes(5) };
            return new HttpClient(handler);
        }

        public static SslStream OpenStream(TcpClient client)
        {
            // expect: CWE-295
            return new SslStream(client.GetStream(), false, new RemoteCertificateValidationCallback(AcceptAll));
        }

        public static SslStream OpenStreamValidated(TcpClient client)
        {
            // ok: CWE-295
            return new SslStream(client.GetStream(), false, ValidateServer);
        }

        private static bool AcceptAll(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            return true;
        }

        private static bool ValidateServer(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            if (errors == SslPolicyErrors.None)
            {
                return true;
            }
            return false;
        }
    }
}
