package com.servicecentre.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A clerk whose entry does not fit a field's pattern reads the field's description (chinese-display.js), never the
 * regular expression: so every field with a pattern describes what it expects.
 */
class PatternFieldsDescribedTest {

  @Test
  void everyFieldWithAPatternHasADescription() throws IOException {
    List<String> undescribed = new ArrayList<>();
    int patterns = 0;
    for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream in = form.getInputStream()) {
        for (JsonNode field : new ObjectMapper().readTree(in).findParents("validate")) {
          if (field.get("validate").hasNonNull("pattern")) {
            patterns++;
            if (field.path("description").asText().isBlank()) {
              undescribed.add(form.getFilename() + " " + field.path("key").asText());
            }
          }
        }
      }
    }
    assertThat(patterns).as("fields with a pattern").isPositive();
    assertThat(undescribed).as("fields with a pattern but no description").isEmpty();
  }
}
