package com.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker/Dockerfile and docker/docker-compose.yml are checked by reading: the
 * image runs the application as an unprivileged user, and compose starts it in the mysql profile.
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
  @SuppressWarnings("unchecked")
  void composeStartsTheApplicationInTheMysqlProfileAsTheImageUser() throws Exception {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker/docker-compose.yml")));
    Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
    Map<String, Object> environment = (Map<String, Object>) app.get("environment");
    // The driver options the application needs come with the profile (application-mysql.yml).
    assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("mysql");
    assertThat((String) environment.get("DB_URL")).startsWith("jdbc:mysql://mysql:3306/service_centre");
    assertThat(app.get("user")).as("compose does not override the image's user").isNull();
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
