/**
 * What the official nginx image (≥ 1.27.5 on Debian) adds: nginx.org's package — its
 * nginx.conf and conf.d/default.conf, verbatim (the pid moved to /run in 1.27.5), the
 * modules link, /var/cache/nginx — the nginx user the Dockerfile creates (uid 101), the
 * log files it links to the container's stdout and stderr, and its entrypoint scripts.
 * mime.types is left out: its 1.27.5 text could not be checked. The scripts' bytes are not
 * held (Pod Lab runs their effect in behaviours/nginx.ts), so they read as not simulated.
 */
import type { RootFsBuilder } from './types';

export const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

/** The package's default server, before 10-listen-on-ipv6-by-default.sh adds its line. */
export const NGINX_DEFAULT_CONF = `server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }

    # proxy the PHP scripts to Apache listening on 127.0.0.1:80
    #
    #location ~ \\.php$ {
    #    proxy_pass   http://127.0.0.1;
    #}

    # pass the PHP scripts to FastCGI server listening on 127.0.0.1:9000
    #
    #location ~ \\.php$ {
    #    root           html;
    #    fastcgi_pass   127.0.0.1:9000;
    #    fastcgi_index  index.php;
    #    fastcgi_param  SCRIPT_FILENAME  /scripts$fastcgi_script_name;
    #    include        fastcgi_params;
    #}

    # deny access to .htaccess files, if Apache's document root
    # concurs with nginx's one
    #
    #location ~ /\\.ht {
    #    deny  all;
    #}
}

`;

/** What 10-listen-on-ipv6-by-default.sh makes of it when the kernel has IPv6 (its sed). */
export const NGINX_DEFAULT_CONF_IPV6 = NGINX_DEFAULT_CONF.replace('    listen       80;\n', '    listen       80;\n    listen  [::]:80;\n');

/** The Dockerfile's \`useradd --system … --comment "nginx user" --shell /bin/false --uid 101 nginx\`. */
export const NGINX_USER = { passwd: 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n', group: 'nginx:x:101:\n', name: 'nginx' };

const ENTRYPOINT_SCRIPTS = ['10-listen-on-ipv6-by-default.sh', '15-local-resolvers.envsh', '20-envsubst-on-templates.sh', '30-tune-worker-processes.sh'];

export function addNginx(b: RootFsBuilder): void {
  b.text('/etc/nginx/nginx.conf', NGINX_CONF).text('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF);
  b.link('/etc/nginx/modules', '/usr/lib/nginx/modules').dir('/usr/lib/nginx/modules');
  b.opaque('/usr/sbin/nginx');
  b.link('/var/log/nginx/access.log', '/dev/stdout').link('/var/log/nginx/error.log', '/dev/stderr');
  b.dir('/var/cache/nginx');
  b.opaque('/docker-entrypoint.sh');
  for (const s of ENTRYPOINT_SCRIPTS) b.opaque(`/docker-entrypoint.d/${s}`);
}
