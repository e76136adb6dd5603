using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.AspNetCore.Identity;

namespace Accounts.Security
{
    public class LegacyHasher
    {
        private const int Iterations = 600_000;
        private const int OldIterations = 10_000;

        // Hash the password for storage
        public string HashPassword(string password)
        {
            // expect: CWE-328
            using var md5 = MD5.Create();
            var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(password));
            return Convert.ToBase64String(bytes);
        }

        public User Register(string userName, string pwd)
        {
            // expect: CWE-328
            var hash = SHA1.HashData(Encoding.UTF8.GetBytes(pwd));
            return new User(userName, Convert.ToHexString(hash));
        }

        public bool Verify(User user, string candidate)
        {
            // expect: CWE-328
            using var sha = new SHA1Managed();
            var hash = Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(user.Salt + candidate)));
            // expect: CWE-208
            return hash == user.PasswordHash;
        }

        public string StorePassword(string password)
        {
            // expect: CWE-916
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(password));
            return Convert.ToBase64String(digest);
        }

        public string FileChecksum(Stream stream)
        {
            // ok: CWE-328
            using var md5 = MD5.Create();
            return Convert.ToHexString(md5.ComputeHash(stream));
        }

        public string ContentHash(byte[] body)
        {
            // ok: CWE-916
            return Convert.ToHexString(SHA256.HashData(body));
        }

        public byte[] DeriveLegacy(string password, byte[] salt)
        {
            // expect: CWE-916
            using var kdf = new Rfc2898DeriveBytes(password, salt, OldIterations, HashAlgorithmName.SHA256);
            return kdf.GetBytes(32);
        }

        public byte[] DeriveDefault(string password, byte[] salt)
        {
            // expect: CWE-916
            using var kdf = new Rfc2898DeriveBytes(password, salt);
            return kdf.GetBytes(32);
        }

        public byte[] DeriveModern(string password, byte[] salt)
        {
            // ok: CWE-916
            return Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        }

        public byte[] DeriveOneShotWeak(string password, byte[] salt)
        {
            // expect: CWE-916
            return Rfc2898DeriveBytes.Pbkdf2(password, salt, 5000, HashAlgorithmName.SHA256, 32);
        }

        public string AspNetKdf(string password, byte[] salt)
        {
            // expect: CWE-916
            return Convert.ToBase64String(KeyDerivation.Pbkdf2(
                password: password,
                salt: salt,
                prf: KeyDerivationPrf.HMACSHA256,
                iterationCount: 10000,
                numBytesRequested: 32));
        }

        public string AspNetKdfStrong(string password, byte[] salt)
        {
            // ok: CWE-916
            return Convert.ToBase64String(KeyDerivation.Pbkdf2(
                password: password,
                salt: salt,
                prf: KeyDerivationPrf.HMACSHA512,
                iterationCount: 210000,
                numBytesRequested: 64));
        }

        public void ConfigureIdentity(PasswordHasherOptions options)
        {
            // expect: CWE-916
            options.IterationCount = 1000;
        }

        public string BcryptWeak(string password)
        {
            // expect: CWE-916
            return BCrypt.Net.BCrypt.HashPassword(password, 4);
        }

        public string BcryptStrong(string password)
        {
            // ok: CWE-916
            return BCrypt.Net.BCrypt.HashPassword(password, workFactor: 12);
        }

        public string IdentityHasher(User user, string password)
        {
            // ok: CWE-328
            return new PasswordHasher<User>().HashPassword(user, password);
        }
    }
}
