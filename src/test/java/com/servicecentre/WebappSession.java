package com.servicecentre;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A member of staff logged in to Tasklist: the session cookie and the CSRF token the webapps require, calling the
 * engine API at /camunda/api/engine the way Tasklist's pages do.
 */
public class WebappSession {

  private final String base;
  private final HttpClient http;
  private String csrfToken;

  public WebappSession(int port, String user, String password) {
    this.base = "http://localhost:" + port + "/camunda";
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/")).GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = send(HttpRequest.newBuilder(
        URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException(user + " cannot log in to Tasklist: " + login.statusCode() + " " + login.body());
    }
    // Logging in starts a new session, which gets a CSRF token of its own on the next page load.
    send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/")).GET());
  }

  /** POST to the engine API, e.g. {@code task/{id}/submit-form}, with a JSON body. */
  public HttpResponse<String> post(String enginePath, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/" + enginePath))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> get(String enginePath) {
    return send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/" + enginePath)).GET());
  }

  /** GET one of the application's own addresses (e.g. /api/cases/mine) with this browser session. */
  public HttpResponse<String> getAbsolute(String path) {
    return send(HttpRequest.newBuilder(URI.create(origin() + path)).header("X-Requested-With", "XMLHttpRequest")
        .GET());
  }

  /** POST JSON to one of the application's own addresses with this browser session (and its CSRF token). */
  public HttpResponse<String> postAbsolute(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(origin() + path)).header("Content-Type", "application/json")
        .header("X-Requested-With", "XMLHttpRequest").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String origin() {
    return base.substring(0, base.length() - "/camunda".length());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
