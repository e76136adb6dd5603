#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <QSslSocket>
#include <httplib.h>
#include <cpr/cpr.h>
#include <curl/curl.h>
#include <openssl/ssl.h>

namespace ssl = boost::asio::ssl;

ssl::context make_client_context()
{
    ssl::context ctx(ssl::context::tls_client);
    // expect: CWE-295
    ctx.set_verify_mode(ssl::verify_none);
    return ctx;
}

ssl::context make_verified_context()
{
    ssl::context ctx(ssl::context::tls_client);
    // ok: CWE-295
    ctx.set_verify_mode(ssl::verify_peer);
    ctx.set_default_verify_paths();
    return ctx;
}

void on_ssl_errors(QSslSocket *socket, const QList<QSslError> &expected)
{
    // expect: CWE-295
    socket->ignoreSslErrors();
    // ok: CWE-295
    socket->ignoreSslErrors(expected);
}

std::string fetch_status(const std::string &host)
{
    httplib::SSLClient cli(host);
    // expect: CWE-295
    cli.enable_server_certificate_verification(false);
    auto res = cli.Get("/status");
    return res ? res->body : "";
}

std::string fetch_json(const std::string &url)
{
    // expect: CWE-295
    cpr::Response r = cpr::Get(cpr::Url{url}, cpr::VerifySsl{false});
    // ok: CWE-295
    cpr::Response ok = cpr::Get(cpr::Url{url}, cpr::VerifySsl{true});
    return r.text + ok.text;
}

void curl_download(CURL *curl)
{
    // expect: CWE-295
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
}

SSL_CTX *raw_openssl()
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    // expect: CWE-295
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    return ctx;
}
