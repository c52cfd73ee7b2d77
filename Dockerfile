# PolicySite's image for CI systems that prefer one: Debian 12 (slim) with
# the policysite package installed, built from this repository.
#
#   docker build -t policysite:0.2.0 .
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/site" policysite:0.2.0 policysite build
#
# The image has no entry point of its own, so CI systems (GitLab's image:,
# GitHub's container:) can run their shells in it; its working folder is
# /site and its default command `policysite build`.

# 1. Swift's Debian 12 image builds the package with scripts/make-package.
FROM swift:6.3-bookworm AS package
WORKDIR /src
COPY . .
# make-package installs the Debian packages it builds with; lintian runs in
# this repository's CI and release workflow, not here.
RUN scripts/make-package --no-lintian \
    && mkdir /out \
    && cp dist/policysite_*.deb /out/

# 2. A slim Debian 12 installs it: apt brings cmark-gfm, mimalloc, libqrencode and the
# other libraries it depends on, and no Swift.
FROM debian:bookworm-slim
COPY --from=package /out/ /tmp/policysite/
# The dependencies are whatever Debian 12 has; the package pins their least
# versions.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends /tmp/policysite/policysite_*.deb \
    && rm -rf /var/lib/apt/lists/* /tmp/policysite \
    && policysite --version
WORKDIR /site
CMD ["policysite", "build"]
