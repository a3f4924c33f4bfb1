package com.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker/Dockerfile, docker/docker-compose.yml and docker/nginx.conf are checked by
 * reading: the image runs the application as an unprivileged user; compose starts two nodes of it in the mysql
 * profile on one database, behind nginx, which keeps each browser on one node by a cookie of its own.
 */
class DockerFilesTest {

  @Test
  void imageRunsTheApplicationAsAnUnprivilegedUserItCreates() throws Exception {
    List<String> lines = instructions(Files.readString(Path.of("docker/Dockerfile")));
    int lastFrom = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("FROM ")) {
        lastFrom = i;
      }
    }
    List<String> runtime = lines.subList(lastFrom, lines.size());
    List<String> users = runtime.stream().filter(l -> l.startsWith("USER ")).toList();
    assertThat(users).as("USER in the image's last stage").hasSize(1);
    String user = users.get(0).substring("USER ".length()).trim();
    String uid = user.split(":")[0];
    assertThat(uid).isNotIn("root", "0");
    assertThat(runtime.indexOf(users.get(0))).isLessThan(indexOfFirst(runtime, "ENTRYPOINT "));
    // The user exists in the image, with that number.
    assertThat(runtime).anySatisfy(l -> assertThat(l).startsWith("RUN ").contains("useradd")
        .contains(uid.matches("\\d+") ? "--uid " + uid : " " + uid));
  }

  @Test
  void composeRunsTwoNodesOfTheImageOnOneMysqlDatabaseReachedOnlyThroughTheLoadBalancer() throws Exception {
    Map<String, Map<String, Object>> nodes = applicationNodes();
    assertThat(nodes).as("application nodes (services built from docker/Dockerfile)").hasSizeGreaterThanOrEqualTo(2);
    Set<Object> images = new HashSet<>();
    Set<Object> databases = new HashSet<>();
    Set<Object> hostnames = new HashSet<>();
    nodes.forEach((name, node) -> {
      Map<String, Object> environment = map(node.get("environment"));
      // The driver options the application needs come with the profile (application-mysql.yml).
      assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(name).isEqualTo("mysql");
      assertThat((String) environment.get("DB_URL")).as(name).startsWith("jdbc:mysql://mysql:3306/service_centre");
      assertThat(node.get("user")).as(name + ": compose does not override the image's user").isNull();
      assertThat(node.get("ports")).as(name + " is reached through the load balancer only").isNull();
      assertThat(map(map(node.get("depends_on")).get("mysql")).get("condition")).isEqualTo("service_healthy");
      images.add(node.get("image"));
      databases.add(environment.get("DB_URL"));
      hostnames.add(environment.get("CAMUNDA_BPM_GENERICPROPERTIES_PROPERTIES_HOSTNAME"));
    });
    assertThat(images).as("one image for every node").hasSize(1).doesNotContainNull();
    assertThat(databases).as("one database for every node").hasSize(1);
    assertThat(hostnames).as("each node's name in the job log and its locks").hasSameSizeAs(nodes.keySet())
        .doesNotContainNull();
  }

  @Test
  void loadBalancerKeepsEachBrowserOnOneNodeByARouteCookieOfItsOwn() throws Exception {
    Map<String, Object> services = map(compose().get("services"));
    Map<String, Object> nginx = map(services.get("nginx"));
    assertThat((String) nginx.get("image")).startsWith("nginx:");
    assertThat(nginx.get("ports")).isEqualTo(List.of("8080:8080"));
    assertThat(nginx.get("volumes")).isEqualTo(List.of("./nginx.conf:/etc/nginx/conf.d/default.conf:ro"));
    Map<String, Map<String, Object>> nodes = applicationNodes();
    assertThat(map(nginx.get("depends_on")).keySet()).containsAll(nodes.keySet());

    String conf = withoutComments(Files.readString(Path.of("docker/nginx.conf")));
    Matcher upstream = Pattern.compile("upstream\\s+(\\w+)\\s*\\{([^}]*)}").matcher(conf);
    assertThat(upstream.find()).as("an upstream block").isTrue();
    Set<String> servers = new HashSet<>();
    Matcher server = Pattern.compile("\\bserver\\s+([\\w.-]+:\\d+)").matcher(upstream.group(2));
    while (server.find()) {
      servers.add(server.group(1));
    }
    assertThat(servers).as("every node behind the load balancer")
        .isEqualTo(nodes.keySet().stream().map(name -> name + ":8080").collect(Collectors.toSet()));
    assertThat(conf).contains("proxy_pass http://" + upstream.group(1) + ";");

    // Consistent hashing on a route the browser keeps in a cookie: not JSESSIONID, which the webapps replace at
    // login, and not the client's address, which a whole office shares.
    Matcher hash = Pattern.compile("\\bhash\\s+\\$(\\w+)\\s+consistent;").matcher(upstream.group(2));
    assertThat(hash.find()).as("hash … consistent in the upstream").isTrue();
    assertThat(upstream.group(2)).doesNotContain("ip_hash");
    Matcher route = Pattern.compile("map\\s+\\$cookie_(\\w+)\\s+\\$" + hash.group(1) + "\\s*\\{").matcher(conf);
    assertThat(route.find()).as("the hashed route comes from a cookie").isTrue();
    String cookie = route.group(1);
    assertThat(cookie).isNotEqualToIgnoringCase("JSESSIONID");
    // A browser without the cookie is given one.
    Matcher setCookie = Pattern.compile("add_header\\s+Set-Cookie\\s+\\$(\\w+)").matcher(conf);
    assertThat(setCookie.find()).as("the load balancer sets the route cookie").isTrue();
    assertThat(conf).containsPattern("map\\s+\\$cookie_" + cookie + "\\s+\\$" + setCookie.group(1)
        + "\\s*\\{[^}]*\"" + cookie + "=");
  }

  /** The services built from docker/Dockerfile, by name. */
  private static Map<String, Map<String, Object>> applicationNodes() throws Exception {
    Map<String, Map<String, Object>> nodes = new TreeMap<>();
    map(compose().get("services")).forEach((name, service) -> {
      Object build = map(service).get("build");
      if (build != null && "docker/Dockerfile".equals(map(build).get("dockerfile"))) {
        nodes.put(name, map(service));
      }
    });
    return nodes;
  }

  private static Map<String, Object> compose() throws Exception {
    return new Yaml().load(Files.readString(Path.of("docker/docker-compose.yml")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static String withoutComments(String conf) {
    return Arrays.stream(conf.split("\n")).map(l -> l.replaceAll("#.*", "")).collect(Collectors.joining("\n"));
  }

  /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
  private static List<String> instructions(String dockerfile) {
    return Arrays.stream(dockerfile.replace("\\\n", " ").split("\n"))
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static int indexOfFirst(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no " + prefix.strip() + " in the last stage");
  }
}
