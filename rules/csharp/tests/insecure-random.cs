using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Accounts.Tokens
{
    public class TokenFactory
    {
        private static readonly Random Rng = new Random();
        private readonly Random _jitter = new Random(Environment.TickCount);
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        public string CreateSessionId()
        {
            var bytes = new byte[16];
            // expect: CWE-330
            Rng.NextBytes(bytes);
            return Convert.ToBase64String(bytes);
        }

        public string CreateSessionIdSafe()
        {
            // ok: CWE-330
            return Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        }

        public string PasswordResetCode()
        {
            // expect: CWE-330
            var code = new Random().Next(100000, 999999);
            return code.ToString();
        }

        public string PasswordResetCodeSafe()
        {
            // ok: CWE-330
            var code = RandomNumberGenerator.GetInt32(100000, 1000000);
            return code.ToString();
        }

        public string GenerateApiKey(int length = 32)
        {
            var random = new Random();
            var sb = new StringBuilder();
            for (var i = 0; i < length; i++)
            {
                // expect: CWE-330
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
            return sb.ToString();
        }

        public string InviteCode()
        {
            var chars = new char[8];
            for (var i = 0; i < chars.Length; i++)
            {
                // expect: CWE-330
                chars[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
            }
            return new string(chars);
        }

        public string InviteCodeSafe()
        {
            // ok: CWE-330
            return RandomNumberGenerator.GetString(Alphabet, 8);
        }

        public TimeSpan RetryDelay(int attempt)
        {
            // ok: CWE-330
            return TimeSpan.FromMilliseconds(Math.Pow(2, attempt) * 100 + _jitter.Next(0, 250));
        }

        public T PickReplica<T>(T[] replicas)
        {
            // ok: CWE-330
            return replicas[Random.Shared.Next(replicas.Length)];
        }

        public string VerificationToken()
        {
            // ok: CWE-330
            return Guid.NewGuid().ToString("N");
        }
    }
}
