using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Hooks.Security
{
    public class SignatureValidator
    {
        private readonly byte[] _key;
        private readonly string _apiToken;

        public SignatureValidator(byte[] key, string apiToken)
        {
            _key = key;
            _apiToken = apiToken;
        }

        public bool IsValid(string payload, string signatureHeader)
        {
            using var hmac = new HMACSHA256(_key);
            var computedSignature = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
            // expect: CWE-208
            return computedSignature == signatureHeader;
        }

        public bool IsValidSafe(string payload, string signatureHeader)
        {
            using var hmac = new HMACSHA256(_key);
            var computed = hmac.ComputeHash(Encoding.UTF8.GetBytes(payload));
            // ok: CWE-208
            return CryptographicOperations.FixedTimeEquals(computed, Convert.FromHexString(signatureHeader));
        }

        public bool CheckToken(HttpRequest request)
        {
            string providedToken = request.Headers["X-Api-Token"];
            // expect: CWE-208
            return string.Equals(providedToken, _apiToken);
        }

        public bool CheckDigest(byte[] expectedDigest, byte[] actualDigest)
        {
            // expect: CWE-208
            return expectedDigest.SequenceEqual(actualDigest);
        }

        public bool CheckTokenLength(string token)
        {
            // ok: CWE-208
            return token.Length == 64;
        }

        public bool HasToken(string token)
        {
            // ok: CWE-208
            return token != null && token != string.Empty;
        }

        public bool SameAlgorithm(string tokenAlgorithm, string expectedAlgorithm)
        {
            // ok: CWE-208
            return tokenAlgorithm == expectedAlgorithm;
        }
    }

    public sealed class ApiKeyRecord
    {
        public string Hash { get; init; } = "";

        public override bool Equals(object obj)
        {
            // ok: CWE-208
            return obj is ApiKeyRecord other && Hash == other.Hash;
        }

        public override int GetHashCode() => Hash.GetHashCode();
    }
}
