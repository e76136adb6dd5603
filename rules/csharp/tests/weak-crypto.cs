using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;

namespace Vault.Crypto
{
    public static class LegacyCrypto
    {
        public static byte[] EncryptEcb(byte[] key, byte[] data)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            // expect: CWE-327
            aes.Mode = CipherMode.ECB;
            aes.Padding = PaddingMode.PKCS7;
            using var enc = aes.CreateEncryptor();
            return enc.TransformFinalBlock(data, 0, data.Length);
        }

        public static byte[] EncryptEcbOneShot(byte[] key, byte[] data)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            // expect: CWE-327
            return aes.EncryptEcb(data, PaddingMode.PKCS7);
        }

        public static byte[] EncryptCbc(byte[] key, byte[] iv, byte[] data)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            // ok: CWE-327
            return aes.EncryptCbc(data, iv, PaddingMode.PKCS7);
        }

        public static byte[] EncryptGcm(byte[] key, byte[] nonce, byte[] data, byte[] tag)
        {
            var cipher = new byte[data.Length];
            // ok: CWE-327
            using var gcm = new AesGcm(key, 16);
            gcm.Encrypt(nonce, data, cipher, tag);
            return cipher;
        }

        public static ICryptoTransform LegacyDes(byte[] key, byte[] iv)
        {
            // expect: CWE-327
            using var des = DES.Create();
            return des.CreateEncryptor(key, iv);
        }

        public static ICryptoTransform LegacyTripleDes(byte[] key, byte[] iv)
        {
            // expect: CWE-327
            var tdes = new TripleDESCryptoServiceProvider { Key = key, IV = iv };
            return tdes.CreateEncryptor();
        }

        public static SymmetricAlgorithm ByName()
        {
            // expect: CWE-327
            return SymmetricAlgorithm.Create("RC2");
        }

        public static SymmetricAlgorithm Modern()
        {
            // ok: CWE-327
            var aes = Aes.Create();
            // ok: CWE-327
            aes.Mode = CipherMode.CBC;
            return aes;
        }

        public static void LegacyTls()
        {
            // expect: CWE-327
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls12;
        }

        public static void ModernTls()
        {
            // ok: CWE-327
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
        }

        public static HttpClientHandler Handler()
        {
            return new HttpClientHandler
            {
                // expect: CWE-327
                SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,
            };
        }

        public static SslClientAuthenticationOptions ClientOptions(string host)
        {
            return new SslClientAuthenticationOptions
            {
                TargetHost = host,
                // ok: CWE-327
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            };
        }

        public static void Authenticate(SslStream stream, string host)
        {
            // expect: CWE-327
            stream.AuthenticateAsClient(host, null, SslProtocols.Ssl3, false);
        }
    }
}
