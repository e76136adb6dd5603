using System;
using System.Data.SqlClient;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Billing.Infrastructure
{
    public class Settings
    {
        // expect: CWE-798
        private const string AdminPassword = "Winter2024!Adm";
        // expect: CWE-798
        private static readonly string StripeSecretKey = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
        // expect: CWE-798
        public string ApiKey { get; set; } = "d41d8cd98f00b204e9800998ecf8427e";

        // ok: CWE-798
        private const string PasswordField = "Password";
        // ok: CWE-798
        private const string PasswordConfigKey = "Smtp:Password";
        // ok: CWE-798
        private const string TokenEnvVar = "BILLING_API_TOKEN";
        // ok: CWE-798
        public string ClientSecret { get; set; } = Environment.GetEnvironmentVariable("CLIENT_SECRET") ?? "";
        // ok: CWE-798
        public string PasswordLabel { get; set; } = "Enter password";
        // ok: CWE-798
        public int PasswordMinLength { get; set; } = 12;
    }

    public class Db
    {
        // expect: CWE-798
        private const string ConnectionString = "Server=sql01;Database=Billing;User Id=billing_app;Password=B1ll!ngPwd;";

        private readonly IConfiguration _config;

        public Db(IConfiguration config) => _config = config;

        public SqlConnection Open()
        {
            // ok: CWE-798
            var conn = new SqlConnection(_config.GetConnectionString("Billing"));
            conn.Open();
            return conn;
        }

        public SqlConnection OpenTrusted()
        {
            // ok: CWE-798
            return new SqlConnection("Server=sql01;Database=Billing;Integrated Security=true;");
        }

        public SqlConnection OpenVerbatim()
        {
            // expect: CWE-798
            return new SqlConnection(@"Data Source=.\SQLEXPRESS;Initial Catalog=Billing;User ID=sa;Pwd=sa12345");
        }

        public SqlConnection OpenBuilder(string server)
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = server,
                UserID = "billing_app",
                // expect: CWE-798
                Password = "B1ll!ngPwd",
            };
            return new SqlConnection(builder.ConnectionString);
        }

        public SqlConnection OpenFromTemplate(string user, string password)
        {
            // ok: CWE-798
            return new SqlConnection($"Server=sql01;Database=Billing;User Id={user};Password={password};");
        }
    }

    public class Mailer
    {
        public SmtpClient Create()
        {
            return new SmtpClient("smtp.example.com", 587)
            {
                // expect: CWE-798
                Credentials = new NetworkCredential("alerts@example.com", "Sm7p-Passw0rd"),
                EnableSsl = true,
            };
        }

        public SmtpClient CreateFromEnv()
        {
            return new SmtpClient("smtp.example.com", 587)
            {
                // ok: CWE-798
                Credentials = new NetworkCredential("alerts@example.com", Environment.GetEnvironmentVariable("SMTP_PASSWORD")),
            };
        }
    }

    public class Tokens
    {
        public GitHubClient GitHub()
        {
            // expect: CWE-798
            return new GitHubClient(new Credentials("ghp_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ"));
        }

        public SymmetricSecurityKey SigningKey()
        {
            // expect: CWE-798
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes("this-is-my-very-long-jwt-signing-secret"));
        }

        public bool IsBackdoor(string userName, string password)
        {
            // expect: CWE-798
            return userName == "support" && password == "Supp0rt!";
        }

        public bool IsBlank(string password)
        {
            // ok: CWE-798
            return password == "" || password == null;
        }
    }
}
