package com.servicecentre.api;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors of /api/… as {"status": …, "message": …}, the shape Camunda's REST API uses too. */
@RestControllerAdvice(basePackages = "com.servicecentre")
public class ApiErrors {

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> refused(ApiException e) {
    return body(e.status(), e.getMessage());
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
      MethodArgumentTypeMismatchException.class})
  ResponseEntity<Map<String, Object>> badRequest(Exception e) {
    return body(400, e.getMessage());
  }

  private static ResponseEntity<Map<String, Object>> body(int status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", status, "message", message));
  }
}
