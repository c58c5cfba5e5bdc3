/* The bench's instant upstream in C: the same answers as fast_upstream.py (one fixed OpenAI chat
 * completion for every POST, a model list for anything else, HTTP/1.1 keep-alive), from one
 * thread on epoll, so that the upstream takes as little as possible of the cores the gateway
 * is measured on (the Python one, on uvloop, costs about 25 us of CPU per request).
 *
 *     cc -O2 -o fast_upstream bench/gateway/fast_upstream.c && ./fast_upstream PORT
 *
 * workers.py compiles it into its work directory when a C compiler is installed and falls back
 * to fast_upstream.py otherwise. A bench tool, not a model server: prompts are not read.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define ANSWER                                                                                   \
    "{\"id\":\"chatcmpl-fast\",\"object\":\"chat.completion\",\"created\":0,\"model\":\"mock-gpt\"," \
    "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"This is the "      \
    "bench's fast upstream.\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,"      \
    "\"completion_tokens\":7,\"total_tokens\":19}}"
#define MODELS "{\"object\": \"list\", \"data\": [{\"id\": \"mock-gpt\", \"object\": \"model\"}]}"

static char post_reply[1024], get_reply[512];
static size_t post_len, get_len;

struct conn {
    int fd;
    size_t used;
    char buf[65536];
};

static size_t reply(char *out, size_t cap, const char *body) {
    int n = snprintf(out, cap,
                     "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %zu"
                     "\r\n\r\n%s",
                     strlen(body), body);
    return (size_t)n;
}

/* Content-length of a header block (0 when absent). */
static size_t content_length(const char *head, size_t len) {
    static const char key[] = "content-length:";
    for (size_t i = 0; i + sizeof key - 1 <= len; i++) {
        if ((i == 0 || head[i - 1] == '\n') && strncasecmp(head + i, key, sizeof key - 1) == 0) {
            return strtoul(head + i + sizeof key - 1, NULL, 10);
        }
    }
    return 0;
}

/* Answer every whole request in the buffer; -1 when the connection should close. */
static int serve(struct conn *c) {
    char out[65536];
    size_t out_len = 0, at = 0;
    for (;;) {
        char *end = memmem(c->buf + at, c->used - at, "\r\n\r\n", 4);
        if (end == NULL) break;
        size_t head = (size_t)(end - (c->buf + at));
        size_t total = head + 4 + content_length(c->buf + at, head);
        if (c->used - at < total) break;
        int post = strncasecmp(c->buf + at, "POST", 4) == 0;
        const char *r = post ? post_reply : get_reply;
        size_t n = post ? post_len : get_len;
        if (out_len + n > sizeof out) break;
        memcpy(out + out_len, r, n);
        out_len += n;
        at += total;
    }
    if (at) {
        memmove(c->buf, c->buf + at, c->used - at);
        c->used -= at;
    } else if (c->used == sizeof c->buf) {
        return -1; /* a request larger than the buffer: not this bench's */
    }
    for (size_t sent = 0; sent < out_len;) {
        ssize_t w = write(c->fd, out + sent, out_len - sent);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1; /* the answers are small: a full socket buffer means a stuck client */
        }
        sent += (size_t)w;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s PORT\n", argv[0]);
        return 2;
    }
    post_len = reply(post_reply, sizeof post_reply, ANSWER);
    get_len = reply(get_reply, sizeof get_reply, MODELS);
    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[1]))};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(lfd, 4096) < 0) {
        perror("bind/listen");
        return 1;
    }
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = NULL};
    epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
    struct epoll_event events[256];
    for (;;) {
        int n = epoll_wait(ep, events, 256, -1);
        for (int i = 0; i < n; i++) {
            struct conn *c = events[i].data.ptr;
            if (c == NULL) {
                int fd;
                while ((fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    struct conn *nc = malloc(sizeof *nc);
                    nc->fd = fd;
                    nc->used = 0;
                    struct epoll_event cev = {.events = EPOLLIN, .data.ptr = nc};
                    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &cev);
                }
                continue;
            }
            ssize_t r = read(c->fd, c->buf + c->used, sizeof c->buf - c->used);
            if (r < 0 && (errno == EAGAIN || errno == EINTR)) continue;
            c->used += r > 0 ? (size_t)r : 0;
            if (r <= 0 || serve(c) < 0) {
                close(c->fd); /* also leaves the epoll set */
                free(c);
            }
        }
    }
}
