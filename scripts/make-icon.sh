#!/bin/sh
# Draws media/icons/product-specs-128.png, the extension's icon on the Marketplace and Open VSX, from
# the activity bar icon media/icons/product-specs.svg: the same drawing in white on a rounded square
# of the gallery banner's colour (package.json "galleryBanner"), 128x128 pixels.
# Needs rsvg-convert (Debian and Ubuntu: apt-get install librsvg2-bin). Run it after changing the SVG
# and commit the PNG.
set -eu
cd "$(dirname "$0")/.."
background='#1f3a5f'
drawing=$(sed -e 's/currentColor/#ffffff/' -e 's/width="24" height="24"/x="20" y="20" width="88" height="88"/' media/icons/product-specs.svg)
printf '%s\n' \
  '<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">' \
  "  <rect width=\"128\" height=\"128\" rx=\"24\" fill=\"$background\"/>" \
  "$drawing" \
  '</svg>' |
  rsvg-convert --width 128 --height 128 --format png --output media/icons/product-specs-128.png
