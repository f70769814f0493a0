/** Images merchants upload: checked by their bytes, stored per store, served by id. */
package dev.penny.platform.media;
