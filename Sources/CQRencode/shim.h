#include <qrencode.h>

/* libqrencode's encoder with the mask pattern given instead of chosen by
 * trying all eight (qrencode_inner.h, exported by the library since 3.0 and
 * used by its own tests). Every mask gives a code any reader decodes; trying
 * all eight was most of a page's cost. */
extern QRcode *QRcode_encodeMask(QRinput *input, int mask);
