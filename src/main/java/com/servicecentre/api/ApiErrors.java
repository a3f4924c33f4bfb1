package com.servicecentre.api;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of /api/… as {"status": …, "message": …}, the shape Camunda's REST API uses too: a sentence staff can
 * read, never a class name, SQL or stack trace (those go to the log under the error number given).
 */
@RestControllerAdvice(basePackages = "com.servicecentre")
public class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> refused(ApiException e) {
    return body(e.status(), e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
    return body(400, "缺少参数 " + e.getParameterName());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
    return body(400, "缺少上传的文件 " + e.getRequestPartName());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> wrongParameter(MethodArgumentTypeMismatchException e) {
    String value = String.valueOf(e.getValue());
    return body(400, "参数 " + e.getName() + " 的值 \"" + (value.length() > 30 ? value.substring(0, 30) + "…" : value)
        + "\" 无效");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return body(400, "请求内容无法读取");
  }

  /** A body in another format than the endpoint reads (a form post instead of JSON): the caller's mistake. */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> wrongContentType(HttpMediaTypeNotSupportedException e) {
    return body(415, "不支持此请求内容类型" + (e.getContentType() == null ? "" : " " + e.getContentType().getType() + "/"
        + e.getContentType().getSubtype()) + (e.getSupportedMediaTypes().isEmpty() ? "" : "，请用 "
        + e.getSupportedMediaTypes().get(0).getType() + "/" + e.getSupportedMediaTypes().get(0).getSubtype()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> failed(Exception e) {
    String errorId = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("API request failed, error {}", errorId, e);
    return body(500, "服务器处理出错，请稍后再试；如仍出错，请把错误编号 " + errorId + " 告诉管理员");
  }

  private static ResponseEntity<Map<String, Object>> body(int status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", status, "message", message));
  }
}
