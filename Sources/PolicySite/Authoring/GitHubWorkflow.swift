/// The CI recipe `policysite init` writes: docs/ci/github-actions.yml
/// (a test keeps the two the same), with its header saying where it came
/// from and the release pinned to the version that wrote the site. GitHub
/// runs it; elsewhere it is one small file that does nothing, and the
/// guide's §8 has the recipes for GitLab and an office's own server.
enum GitHubWorkflow {
    /// The name the staff guide tells people to copy the recipe to.
    static let path = ".github/workflows/site.yml"

    static let header = """
        # Checks the site on every commit and publishes it to GitHub Pages from main.
        # policysite init wrote this file, a copy of PolicySite's docs/ci/github-actions.yml.
        # The repository needs to hold only Content/ (and Templates/ if you change
        # the theme): the job installs the PolicySite package, it compiles nothing.
        #
        # Set the three values under `env:` below, then in the repository's
        # Settings → Pages set Source to "GitHub Actions" (the staff guide, §8).

        """

    static let text = header + """
        name: site

        on:
          push:
          pull_request:

        permissions:
          contents: read

        # One publication at a time; a newer commit on main waits for the one before.
        concurrency:
          group: site-${{ github.ref }}
          cancel-in-progress: false

        env:
          # ▼▼▼ SET THESE: the PolicySite release to install, and where your office
          # keeps PolicySite's releases (the address of the folder that holds
          # policysite_<version>_amd64.deb, without a / at the end).
          POLICYSITE_VERSION: "\(PolicySiteVersion.current)"
          # The checksum published with that release, in
          # policysite_<version>_amd64.deb.sha256 (`sha256sum` of the package).
          POLICYSITE_SHA256: "0000000000000000000000000000000000000000000000000000000000000000"
          POLICYSITE_RELEASES: "https://releases.example.gov.cn/policysite"
          # ▲▲▲

        jobs:
          check:
            runs-on: ubuntu-latest
            # Debian 12, the system the package is made for.
            container: debian:bookworm-slim
            steps:
              - uses: actions/checkout@v4

              - name: Install PolicySite ${{ env.POLICYSITE_VERSION }}
                run: |
                  apt-get update -qq
                  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates curl
                  package="policysite_${POLICYSITE_VERSION}_amd64.deb"
                  curl -fsSL --retry 3 -o "/tmp/$package" "$POLICYSITE_RELEASES/$package"
                  echo "$POLICYSITE_SHA256  /tmp/$package" | sha256sum -c - || {
                    echo "::error::$package is not the release it should be: its SHA-256 is not POLICYSITE_SHA256 in this workflow"
                    exit 1
                  }
                  # apt installs the libraries it depends on (cmark-gfm, mimalloc, libqrencode).
                  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$package"
                  policysite --version

              # Every error and warning appears on its line of the file in GitHub.
              - name: Check the content
                run: policysite check --format github

              # The build cache and the last two sites: a rebuild then makes and
              # writes only the pages whose content changed (without Output.previous
              # it links every unchanged file once more). Only ever a speed-up:
              # without them, or after a tool upgrade, the build makes everything.
              - name: Keep the last build between runs
                if: github.event_name == 'push' && github.ref == 'refs/heads/main'
                uses: actions/cache@v4
                with:
                  path: |
                    .policysite-cache
                    Output
                    Output.previous
                  key: site-${{ github.sha }}
                  restore-keys: site-

              - name: Build the site
                if: github.event_name == 'push' && github.ref == 'refs/heads/main'
                run: policysite build --format github

              - name: Hand the site to GitHub Pages
                if: github.event_name == 'push' && github.ref == 'refs/heads/main'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: Output

          publish:
            needs: check
            if: github.event_name == 'push' && github.ref == 'refs/heads/main'
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
}
